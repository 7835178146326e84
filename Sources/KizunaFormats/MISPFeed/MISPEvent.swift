import STIX

/// One MISP event of a feed, before it is written.
struct MISPEvent: Sendable {
    let uuid: String
    let info: String
    /// The event date, `YYYY-MM-DD`.
    let date: String
    let tlp: TLP
    /// Last change, in seconds since the epoch: the latest of the source's own time and its attributes'.
    let timestamp: Int64
    let tags: [MISPTag]
    let attributes: [MISPAttribute]

    /// MISP's defaults for what STIX does not say: analysis 2 (completed), threat level 4 (undefined).
    static let analysis = 2
    static let threatLevel = 4

    /// The `{"Event": …}` document: PyMISP's `to_feed` fields in its (sorted) order with numbers as strings, then
    /// `Orgc`, `Tag` and `Attribute` (left out when empty, as `to_feed` does).
    func feedJSON(organisation: JSONValue) -> JSONValue {
        var members: [(String, JSONValue)] = [
            ("analysis", .string(String(Self.analysis))),
            ("date", .string(self.date)),
            ("distribution", .string(String(MISPDistribution.event(for: self.tlp)))),
            ("extends_uuid", ""),
            ("info", .string(self.info)),
            ("protected", false),
            ("publish_timestamp", .string(String(self.timestamp))),
            ("published", true),
            ("threat_level_id", .string(String(Self.threatLevel))),
            ("timestamp", .string(String(self.timestamp))),
            ("uuid", .string(self.uuid)),
            ("Orgc", organisation),
            ("Tag", .array(self.tags.map(\.feedJSON))),
        ]
        if !self.attributes.isEmpty { members.append(("Attribute", .array(self.attributes.map(\.feedJSON)))) }
        return ["Event": .object(JSONObject(members))]
    }

    /// The event's `manifest.json` entry, as PyMISP's `MISPEvent.manifest` writes it (numbers as numbers).
    func manifestJSON(organisation: JSONValue) -> JSONValue {
        [
            "Orgc": organisation,
            "Tag": .array(self.tags.map(\.feedJSON)),
            "info": .string(self.info),
            "date": .string(self.date),
            "analysis": .number(JSONNumber(Self.analysis)),
            "threat_level_id": .number(JSONNumber(Self.threatLevel)),
            "timestamp": .number(JSONNumber(Int(self.timestamp))),
        ]
    }
}
