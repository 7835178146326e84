public import STIX

extension MISPTag {
    /// The colour MISP gives galaxy-cluster tags.
    static let galaxyColour = "#0088cc"

    /// The MISP galaxy-cluster tag for a STIX SDO, or `nil` for types without a galaxy.
    ///
    /// Objects with a MITRE ATT&CK id (an `external_references` entry from `mitre-attack`, `mitre-mobile-attack`
    /// or `mitre-ics-attack`) become the `mitre-*` cluster value MISP uses, `"Name - T1566"`:
    /// attack-pattern, course-of-action, malware, tool and intrusion-set. Without an ATT&CK id, clusters keyed
    /// by bare name are used where MISP has one: malware → `malpedia`, tool → `tool`, intrusion-set and
    /// threat-actor → `threat-actor`; an attack-pattern or course-of-action without an ATT&CK id has no tag.
    public static func galaxy(for object: JSONValue) -> MISPTag? {
        guard let type = object["type"]?.stringValue, let name = object["name"]?.stringValue, !name.isEmpty else {
            return nil
        }
        let attackID = Self.attackID(of: object)
        let cluster: String
        let value: String
        switch (type, attackID) {
        case ("attack-pattern", let id?): (cluster, value) = ("mitre-attack-pattern", "\(name) - \(id)")
        case ("course-of-action", let id?): (cluster, value) = ("mitre-course-of-action", "\(name) - \(id)")
        case ("malware", let id?): (cluster, value) = ("mitre-malware", "\(name) - \(id)")
        case ("tool", let id?): (cluster, value) = ("mitre-tool", "\(name) - \(id)")
        case ("intrusion-set", let id?): (cluster, value) = ("mitre-intrusion-set", "\(name) - \(id)")
        case ("malware", nil): (cluster, value) = ("malpedia", name)
        case ("tool", nil): (cluster, value) = ("tool", name)
        case ("intrusion-set", nil), ("threat-actor", _): (cluster, value) = ("threat-actor", name)
        default: return nil
        }
        return MISPTag(name: "misp-galaxy:\(cluster)=\"\(Self.escaped(value))\"", colour: Self.galaxyColour)
    }

    private static let attackSources: Set<String> = ["mitre-attack", "mitre-mobile-attack", "mitre-ics-attack"]

    /// The ATT&CK id (`T1566.001`, `S0013`, `G0007`, `M1042`) among the object's external references.
    private static func attackID(of object: JSONValue) -> String? {
        for reference in object["external_references"]?.arrayValue ?? [] {
            guard let source = reference["source_name"]?.stringValue, Self.attackSources.contains(source),
                let id = reference["external_id"]?.stringValue, !id.isEmpty
            else { continue }
            return id
        }
        return nil
    }

    /// A cluster value inside a machine tag's double quotes: a `"` would end it early, so it becomes `'`.
    private static func escaped(_ value: String) -> String {
        String(value.map { $0 == "\"" ? "'" : $0 })
    }
}
