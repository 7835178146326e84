import STIX

/// One MISP attribute of a feed event: an exact observable of one STIX indicator.
struct MISPAttribute: Sendable {
    /// The namespace of attribute UUIDs: UUIDv5(URL namespace, `https://kizuna.invalid/misp-feed/attribute`).
    static let uuidNamespace = "5bb5d0ec-b54a-5d33-bb6f-7092281d11df"

    let uuid: String
    let type: MISPAttributeType
    let value: String
    let comment: String
    let timestamp: Int64
    let tags: [MISPTag]

    /// The attribute for `entry` of the indicator `indicatorID` in the event `eventUUID`.
    ///
    /// Its UUID is the UUIDv5 of `<event uuid>/<indicator id>/<value>`, so exporting the same indicator again gives
    /// the same attribute, and an indicator that two reports reference gives two attributes (MISP requires attribute
    /// UUIDs to be unique across events).
    init(entry: FeedEntry, eventUUID: String, indicatorID: String, name: String?, timestamp: Int64, tags: [MISPTag]) {
        self.uuid = UUIDText.v5(namespace: Self.uuidNamespace, name: Array("\(eventUUID)/\(indicatorID)/\(entry.value)".utf8))
        self.type = MISPAttributeType(entry.kind)
        self.value = entry.value
        self.comment = name.map { "\(indicatorID): \($0)" } ?? indicatorID
        self.timestamp = timestamp
        self.tags = tags
    }

    /// The attribute's feed JSON: PyMISP's `to_feed` fields in its (sorted) order, numbers as strings, and
    /// `distribution` as `to_feed(with_distribution=True)` writes it.
    var feedJSON: JSONValue {
        var members: [(String, JSONValue)] = [
            ("category", .string(self.type.category)),
            ("comment", .string(self.comment)),
            ("disable_correlation", false),
            ("distribution", .string(String(MISPDistribution.inheritEvent))),
            ("timestamp", .string(String(self.timestamp))),
            ("to_ids", true),
            ("type", .string(self.type.type)),
            ("uuid", .string(self.uuid)),
            ("value", .string(self.value)),
        ]
        if !self.tags.isEmpty { members.append(("Tag", .array(self.tags.map(\.feedJSON)))) }
        return .object(JSONObject(members))
    }
}
