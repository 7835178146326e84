public import STIX
import STIXPatterns

/// The STIX indicator of a draft.
extension ImportDrafts {
    /// The namespace of the version 5 UUIDs of imported indicators.
    static let indicatorNamespace = "3b0b7c52-4f0e-5d6a-9a55-6b1e8f2c7d10"

    /// The STIX 2.1 indicator for a draft: deterministic id (UUIDv5 over kind+value, see STIX module's
    /// UUIDText.v5), pattern `[ipv4-addr:value = '…']` etc. (hashes `file:hashes.'SHA-256'`), name
    /// "<kind label> <value>", indicator_types ["malicious-activity"], valid_from = now, pattern_type stix,
    /// created_by_ref when given, object_marking_refs for the TLP. Must pass STIXValidator.
    ///
    /// `now` is used for `created`, `modified` and `valid_from`; one without millisecond digits is written with them
    /// (`…:05.000Z`), as STIX requires for `created` and `modified`. The TLP marking is the TLP 2.0 definition.
    public static func indicator(
        for draft: ImportDraft, tlp: TLP, createdBy: String?, now: Timestamp, description: String?
    ) -> JSONValue {
        let name = Array("\(draft.kind.observableType):\(draft.value)".utf8)
        let id = "indicator--" + UUIDText.v5(namespace: Self.indicatorNamespace, name: name)
        let time = JSONValue.string(now.hasMillisecondPrecision ? now.text : Timestamp(date: now.date).text)
        var members: [(String, JSONValue)] = [
            ("type", "indicator"),
            ("spec_version", "2.1"),
            ("id", .string(id)),
            ("created", time),
            ("modified", time),
        ]
        if let createdBy { members.append(("created_by_ref", .string(createdBy))) }
        members.append(("name", .string("\(draft.kind.indicatorLabel) \(draft.value)")))
        if let description { members.append(("description", .string(description))) }
        members.append(contentsOf: [
            ("indicator_types", .array(["malicious-activity"])),
            ("pattern", .string(Self.pattern(for: draft))),
            ("pattern_type", "stix"),
            ("pattern_version", "2.1"),
            ("valid_from", time),
            ("object_marking_refs", .array([.string(TLPMarking.markingRef(for: tlp))])),
        ])
        return .object(JSONObject(members))
    }

    /// `[<object path> = '<value>']` for the draft's kind and value, quotes and backslashes escaped.
    static func pattern(for draft: ImportDraft) -> String {
        let comparison = Comparison(path: draft.kind.patternObjectPath, operator: .equal, value: .string(draft.value))
        return Pattern(root: .observation(.comparison(comparison))).description
    }
}
