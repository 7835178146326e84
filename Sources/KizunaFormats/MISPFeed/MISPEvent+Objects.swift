import STIX
import STIXPatterns

extension MISPEvent {
    /// The event for `objects`: every active STIX-pattern indicator gives one attribute per exact observable
    /// (``FeedEntries/exact(in:)``; indicators without one are left out), every SDO with a MISP galaxy gives a tag.
    ///
    /// Attributes with the same type and value are kept once (the first indicator's), as MISP allows one per event.
    init(uuid: String, info: String, date: Timestamp, since: Timestamp, tlp: TLP, objects: [JSONValue]) {
        var attributes: [MISPAttribute] = []
        var seenValues: Set<[String]> = []
        var tags = [MISPTag.tlp(tlp)]
        var seenTags: Set<MISPTag> = Set(tags)
        var timestamp = since.secondsSinceEpoch
        for object in objects {
            if object["type"]?.stringValue == "indicator" {
                for attribute in Self.attributes(of: object, eventUUID: uuid, defaultTimestamp: since)
                where seenValues.insert([attribute.type.type, attribute.value]).inserted {
                    attributes.append(attribute)
                    timestamp = max(timestamp, attribute.timestamp)
                }
            } else if let tag = MISPTag.galaxy(for: object), seenTags.insert(tag).inserted {
                tags.append(tag)
            }
        }
        self.init(
            uuid: uuid, info: info, date: String(date.text.prefix(10)), tlp: tlp, timestamp: timestamp, tags: tags,
            attributes: attributes)
    }

    /// The attributes of one indicator: none when it is revoked, not a STIX pattern, unparsable or has no exact
    /// observable. The attribute timestamp is the indicator's `modified` (or `created`, or else `defaultTimestamp`);
    /// its own TLP marking, if any, becomes an attribute tag.
    static func attributes(of indicator: JSONValue, eventUUID: String, defaultTimestamp: Timestamp) -> [MISPAttribute] {
        guard let id = indicator["id"]?.stringValue, indicator["revoked"]?.boolValue != true,
            indicator["pattern_type"].map({ $0.stringValue == "stix" }) ?? true,
            let text = indicator["pattern"]?.stringValue, let pattern = try? Pattern.parse(text)
        else { return [] }
        let changed = (indicator["modified"] ?? indicator["created"])?.stringValue.flatMap(Timestamp.init)
        let ownTLP = indicator["object_marking_refs"]?.arrayValue?.compactMap { $0.stringValue.flatMap(TLPMarking.tlp(forMarkingRef:)) }.max()
        let tags = ownTLP.map { [MISPTag.tlp($0)] } ?? []
        return FeedEntries.exact(in: pattern).map { entry in
            MISPAttribute(
                entry: entry, eventUUID: eventUUID, indicatorID: id, name: indicator["name"]?.stringValue,
                timestamp: (changed ?? defaultTimestamp).secondsSinceEpoch,
                tags: tags)
        }
    }
}
