/// The kind of a STIX object, decided by its `type`.
public enum STIXCategory: String, Sendable, Hashable, CaseIterable {
    /// A STIX Domain Object (attack-pattern, indicator, report, …).
    case sdo
    /// A STIX Relationship Object (relationship, sighting).
    case sro
    /// A STIX Cyber-observable Object (ipv4-addr, file, …).
    case sco
    /// A marking-definition.
    case markingDefinition = "marking-definition"
    /// An extension-definition.
    case extensionDefinition = "extension-definition"
    /// A language-content object.
    case languageContent = "language-content"
    /// Any other type: `x-…` custom objects and types declared by a new-sdo/new-sco/new-sro extension.
    case custom

    /// The category of a type name, not looking at extensions (unknown types are `.custom`).
    public init(type: String) {
        if STIXTypes.sdo.contains(type) {
            self = .sdo
        } else if STIXTypes.sro.contains(type) {
            self = .sro
        } else if STIXTypes.sco.contains(type) {
            self = .sco
        } else {
            switch type {
            case "marking-definition": self = .markingDefinition
            case "extension-definition": self = .extensionDefinition
            case "language-content": self = .languageContent
            default: self = .custom
            }
        }
    }
}

/// The type names defined by STIX 2.1.
public enum STIXTypes {
    /// The 19 STIX Domain Object types.
    public static let sdo: Set<String> = [
        "attack-pattern", "campaign", "course-of-action", "grouping", "identity", "incident", "indicator",
        "infrastructure", "intrusion-set", "location", "malware", "malware-analysis", "note", "observed-data",
        "opinion", "report", "threat-actor", "tool", "vulnerability",
    ]

    /// The 2 STIX Relationship Object types.
    public static let sro: Set<String> = ["relationship", "sighting"]

    /// The 18 STIX Cyber-observable Object types.
    public static let sco: Set<String> = [
        "artifact", "autonomous-system", "directory", "domain-name", "email-addr", "email-message", "file",
        "ipv4-addr", "ipv6-addr", "mac-addr", "mutex", "network-traffic", "process", "software", "url",
        "user-account", "windows-registry-key", "x509-certificate",
    ]

    /// Whether `type` is defined by STIX 2.1 itself (SDO, SRO, SCO or meta object).
    public static func isStandard(_ type: String) -> Bool {
        STIXCategory(type: type) != .custom
    }
}
