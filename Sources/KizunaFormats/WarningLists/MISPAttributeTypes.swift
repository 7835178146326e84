import STIXPatterns

/// Which MISP attribute types (the values of a warning list's `matching_attributes`) each observable kind stands for.
///
/// A composite type (`filename|md5`, `ip-dst|port`, `domain|ip`) counts for the kind of the part MISP checks it by.
enum MISPAttributeTypes {
    /// The MISP attribute types of each kind.
    static let typesByKind: [ObservableKind: [String]] = [
        .ipv4: ["ip-src", "ip-dst", "ip-src|port", "ip-dst|port"],
        .ipv6: ["ip-src", "ip-dst", "ip-src|port", "ip-dst|port"],
        .domain: ["domain", "hostname", "domain|ip", "hostname|port"],
        .url: ["url", "uri", "link"],
        .email: ["email", "email-src", "email-dst", "target-email", "email-reply-to", "whois-registrant-email", "dns-soa-email"],
        .md5: ["md5", "filename|md5", "malware-sample"],
        .sha1: ["sha1", "filename|sha1"],
        .sha256: ["sha256", "filename|sha256"],
        .sha512: ["sha512", "filename|sha512"],
    ]

    /// The kinds each MISP attribute type stands for.
    private static let kindsByType: [String: ObservableKindSet] = {
        var kinds: [String: ObservableKindSet] = [:]
        for (kind, types) in Self.typesByKind {
            for type in types { kinds[type, default: .none].insert(kind) }
        }
        return kinds
    }()

    /// The kinds a list with `matchingAttributes` applies to; a list without any applies by its `type`: `cidr` to
    /// addresses, `hostname` to domains and URL hosts, the others to every kind (MISP's `ALL`).
    static func kinds(matchingAttributes: [String]?, type: WarningListType) -> ObservableKindSet {
        guard let attributes = matchingAttributes, !attributes.isEmpty else {
            switch type {
            case .cidr: return ObservableKindSet([.ipv4, .ipv6])
            case .hostname: return ObservableKindSet([.domain, .url])
            case .string, .substring, .regex: return .all
            }
        }
        var kinds = ObservableKindSet.none
        for attribute in attributes {
            if attribute == "ALL" { return .all }
            kinds.rawValue |= Self.kindsByType[attribute]?.rawValue ?? 0
        }
        return kinds
    }
}
