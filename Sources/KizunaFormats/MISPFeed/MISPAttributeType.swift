/// The MISP attribute type and category a feed entry becomes.
///
/// Types and categories follow MISP's `describeTypes.json`: each category is the type's `default_category`
/// (`Network activity` for addresses, domains and URLs; `Payload delivery` for e-mail senders and file hashes).
/// Addresses and CIDR networks alike are `ip-dst`, which MISP accepts with a prefix length.
struct MISPAttributeType: Sendable, Hashable {
    /// The MISP type, e.g. `ip-dst`.
    let type: String
    /// The MISP category, e.g. `Network activity`.
    let category: String

    init(_ kind: FeedKind) {
        switch kind {
        case .ipv4, .ipv4Network, .ipv6, .ipv6Network: (self.type, self.category) = ("ip-dst", "Network activity")
        case .domain: (self.type, self.category) = ("domain", "Network activity")
        case .url: (self.type, self.category) = ("url", "Network activity")
        case .email: (self.type, self.category) = ("email-src", "Payload delivery")
        case .md5: (self.type, self.category) = ("md5", "Payload delivery")
        case .sha1: (self.type, self.category) = ("sha1", "Payload delivery")
        case .sha256: (self.type, self.category) = ("sha256", "Payload delivery")
        case .sha512: (self.type, self.category) = ("sha512", "Payload delivery")
        }
    }
}
