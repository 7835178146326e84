import STIX

/// MISP `tlp:*` tags as STIX marking-definition references.
///
/// `tlp:white`, `green`, `amber` and `red` use the STIX 2.1 predefined (TLP 1.0) definitions, as
/// misp-stix does; `tlp:clear` and `tlp:amber+strict` exist only in TLP 2.0 and use its definitions.
enum MISPTagMarkings {
    /// The marking-definition id and TLP level for a tag, or `nil` when the tag is not a TLP tag.
    static func marking(forTag tag: String) -> (id: String, level: TLP)? {
        let lowered = tag.lowercased()
        guard lowered.hasPrefix("tlp:") else { return nil }
        let name = String(lowered.dropFirst(4))
        switch name {
        case "white", "green", "amber", "red":
            guard let level = TLP(label: name), let id = Self.tlp1ID(name) else { return nil }
            return (id, level)
        case "clear", "amber+strict":
            guard let level = TLP(label: name) else { return nil }
            return (TLPMarking.markingRef(for: level), level)
        default:
            return nil
        }
    }

    /// The most restrictive TLP marking among `tags`.
    static func strictest(in tags: [String]) -> (id: String, level: TLP)? {
        tags.compactMap(Self.marking(forTag:)).max { $0.level < $1.level }
    }

    /// The predefined marking-definition object with `id`.
    static func definition(id: String) -> JSONValue? {
        Self.definitionsByID[id]
    }

    private static let definitionsByID: [String: JSONValue] = Dictionary(
        TLPMarking.definitions.map { ($0.id, $0.jsonValue) },
        uniquingKeysWith: { first, _ in first }
    )

    /// TLP 1.0 marking-definition ids by level name (`white`, `green`, `amber`, `red`).
    private static let tlp1IDs: [String: String] = {
        var ids: [String: String] = [:]
        for definition in TLPMarking.definitions where definition.properties["definition_type"]?.stringValue == "tlp" {
            if let name = definition.properties["definition"]?["tlp"]?.stringValue { ids[name] = definition.id }
        }
        return ids
    }()

    private static func tlp1ID(_ name: String) -> String? {
        Self.tlp1IDs[name]
    }
}
