public import STIX

/// Builds a MISP feed (a directory of `<event uuid>.json` files, `manifest.json` and `hashes.csv`) from STIX
/// objects, one event at a time, so an export streams: each event file can be written out as soon as it is built.
///
/// The files are what PyMISP's `MISPEvent.to_feed(with_distribution=True)` and `feed_meta_generator` write, so
/// MISP's feed fetcher and PyMISP's `MISPEvent.load_file` read them. Memory grows only with the manifest and
/// `hashes.csv` (one line per attribute).
public struct MISPFeedBuilder: Sendable {
    private let organisation: JSONValue
    private var manifestEntries: [(String, JSONValue)] = []
    private var eventUUIDs: Set<String> = []
    private var hashLines: [UInt8] = []

    /// A builder for a feed published by the organisation `orgName` with MISP UUID `orgUUID` (the events' `Orgc`).
    public init(orgName: String, orgUUID: String) {
        self.organisation = ["name": .string(orgName), "uuid": .string(orgUUID.lowercased())]
    }

    /// One MISP event for a STIX report (or grouping) and the readable objects it references.
    ///
    /// The event UUID is the report id's UUID; its title (`info`) the report's `name` (or its id); its date the
    /// report's `published` (a grouping's `created`); its timestamp the latest of the report's `modified` and its
    /// attributes'. Indicators become attributes, one per exact observable (see ``FeedEntries/exact(in:)``):
    /// `ip-dst` (addresses and CIDR networks), `domain`, `url`, `email-src`, `md5`, `sha1`, `sha256`, `sha512`,
    /// in MISP's default category, `to_ids` true, commented with the indicator's id and name, with the UUIDv5 of
    /// event UUID, indicator id and value. ATT&CK and other SDOs become galaxy tags (``MISPTag/galaxy(for:)``), and
    /// `tlp` becomes the `tlp:` tag and the event's distribution (``MISPDistribution/event(for:)``).
    /// - Returns: the event's `<uuid>.json`.
    /// - Throws: ``MISPFeedError`` when `report` is not a report or grouping with a valid id and an RFC 3339
    ///   `modified` or `created`, or its event was already built.
    public mutating func event(report: JSONValue, tlp: TLP, objects: [JSONValue]) throws(MISPFeedError) -> MISPFeedFile {
        let type = report["type"]?.stringValue
        guard type == "report" || type == "grouping" else { throw .notAReport(type: type) }
        let id = report["id"]?.stringValue
        guard let id, let uuid = STIXIdentifier.parse(id)?.uuid else { throw .invalidReportID(id) }
        let modified = Self.timestamp(report["modified"]) ?? Self.timestamp(report["created"])
        let date = Self.timestamp(report["published"]) ?? Self.timestamp(report["created"]) ?? modified
        guard let modified, let date else { throw .missingTimestamp(reportID: id) }
        let name = report["name"]?.stringValue ?? ""
        return try self.add(
            MISPEvent(uuid: uuid.lowercased(), info: name.isEmpty ? id : name, date: date, since: modified, tlp: tlp, objects: objects))
    }

    /// One MISP event titled `info` for loose indicators (and other objects) that no report references.
    ///
    /// The event's date and earliest timestamp are `date`; attributes and tags are made as for a report.
    /// - Throws: ``MISPFeedError`` when `uuid` is not a UUID, `info` is empty or the event was already built.
    public mutating func event(uuid: String, info: String, date: Timestamp, tlp: TLP, objects: [JSONValue]) throws(MISPFeedError)
        -> MISPFeedFile
    {
        guard STIXIdentifier.isValid("misp-event--" + uuid, forType: nil) else { throw .invalidEventUUID(uuid) }
        guard !info.isEmpty else { throw .emptyInfo(eventUUID: uuid) }
        return try self.add(MISPEvent(uuid: uuid.lowercased(), info: info, date: date, since: date, tlp: tlp, objects: objects))
    }

    /// `manifest.json`: every event built so far, keyed by UUID, with its organisation, tags, title, date, analysis,
    /// threat level and timestamp.
    public func manifest() -> MISPFeedFile {
        MISPFeedFile(name: "manifest.json", contents: JSON.serialize(.object(JSONObject(self.manifestEntries))))
    }

    /// `hashes.csv`: a line `<md5 of the value>,<event uuid>` per attribute of every event built so far, as PyMISP's
    /// `feed_meta_generator` writes it.
    public func hashes() -> MISPFeedFile {
        MISPFeedFile(name: "hashes.csv", contents: self.hashLines)
    }

    private mutating func add(_ event: MISPEvent) throws(MISPFeedError) -> MISPFeedFile {
        guard self.eventUUIDs.insert(event.uuid).inserted else { throw .duplicateEvent(uuid: event.uuid) }
        self.manifestEntries.append((event.uuid, event.manifestJSON(organisation: self.organisation)))
        for attribute in event.attributes {
            self.hashLines.append(contentsOf: MISPFeedHash.key(of: attribute.value).utf8)
            self.hashLines.append(UInt8(ascii: ","))
            self.hashLines.append(contentsOf: event.uuid.utf8)
            self.hashLines.append(UInt8(ascii: "\n"))
        }
        return MISPFeedFile(name: event.uuid + ".json", contents: JSON.serialize(event.feedJSON(organisation: self.organisation)))
    }

    private static func timestamp(_ value: JSONValue?) -> Timestamp? {
        value?.stringValue.flatMap(Timestamp.init)
    }
}
