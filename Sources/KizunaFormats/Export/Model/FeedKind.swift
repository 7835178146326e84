/// Feed observable kinds; the raw value is the name used in `?type=` of the plain-list export.
public enum FeedKind: String, Sendable, Hashable, CaseIterable {
    /// A single IPv4 address (`198.51.100.7`).
    case ipv4 = "ipv4-addr"
    /// An IPv4 CIDR network with host bits cleared (`198.51.100.0/24`).
    case ipv4Network = "ipv4-net"
    /// A single IPv6 address in RFC 5952 form.
    case ipv6 = "ipv6-addr"
    /// An IPv6 CIDR network with host bits cleared (`2001:db8::/32`).
    case ipv6Network = "ipv6-net"
    /// A domain name (lowercase, IDNA `xn--` labels, no trailing dot).
    case domain = "domain-name"
    /// A URL in the canonical form of `ObservableNormalizer`.
    case url
    /// An e-mail address.
    case email = "email-addr"
    /// A file's MD5 digest (32 lowercase hex digits).
    case md5 = "file-md5"
    /// A file's SHA-1 digest (40 lowercase hex digits).
    case sha1 = "file-sha1"
    /// A file's SHA-256 digest (64 lowercase hex digits).
    case sha256 = "file-sha256"
    /// A file's SHA-512 digest (128 lowercase hex digits).
    case sha512 = "file-sha512"

    /// Whether the kind is an IPv4 or IPv6 address or network.
    public var isAddress: Bool {
        switch self {
        case .ipv4, .ipv4Network, .ipv6, .ipv6Network: true
        default: false
        }
    }

    /// Whether the kind is a file digest.
    public var isFileHash: Bool {
        switch self {
        case .md5, .sha1, .sha256, .sha512: true
        default: false
        }
    }
}
