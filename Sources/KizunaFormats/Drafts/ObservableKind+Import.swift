import STIXPatterns

/// Names of observable kinds in import mappings, indicator names and patterns.
extension ObservableKind {
    /// A label for indicator names: `IPv4 address`, `Domain name`, `SHA-256 hash`.
    var indicatorLabel: String {
        switch self {
        case .ipv4: "IPv4 address"
        case .ipv6: "IPv6 address"
        case .domain: "Domain name"
        case .url: "URL"
        case .email: "E-mail address"
        case .md5: "MD5 hash"
        case .sha1: "SHA-1 hash"
        case .sha256: "SHA-256 hash"
        case .sha512: "SHA-512 hash"
        }
    }

    /// The object path a pattern compares: `ipv4-addr:value`, `file:hashes.'SHA-256'`.
    var patternObjectPath: ObjectPath {
        switch self {
        case .ipv4: ObjectPath(objectType: "ipv4-addr", steps: [.property("value")])
        case .ipv6: ObjectPath(objectType: "ipv6-addr", steps: [.property("value")])
        case .domain: ObjectPath(objectType: "domain-name", steps: [.property("value")])
        case .url: ObjectPath(objectType: "url", steps: [.property("value")])
        case .email: ObjectPath(objectType: "email-addr", steps: [.property("value")])
        case .md5: ObjectPath(objectType: "file", steps: [.property("hashes"), .property("MD5")])
        case .sha1: ObjectPath(objectType: "file", steps: [.property("hashes"), .property("SHA-1")])
        case .sha256: ObjectPath(objectType: "file", steps: [.property("hashes"), .property("SHA-256")])
        case .sha512: ObjectPath(objectType: "file", steps: [.property("hashes"), .property("SHA-512")])
        }
    }
}
