/// The kinds of observable the indicator index and the log scanner agree on.
public enum ObservableKind: UInt8, Sendable, Hashable, CaseIterable {
    /// An IPv4 address (`ipv4-addr:value`).
    case ipv4
    /// An IPv6 address (`ipv6-addr:value`).
    case ipv6
    /// A domain name (`domain-name:value`).
    case domain
    /// A URL (`url:value`).
    case url
    /// An e-mail address (`email-addr:value`).
    case email
    /// An MD5 file hash (`file:hashes.MD5`).
    case md5
    /// A SHA-1 file hash (`file:hashes.'SHA-1'`).
    case sha1
    /// A SHA-256 file hash (`file:hashes.'SHA-256'`).
    case sha256
    /// A SHA-512 file hash (`file:hashes.'SHA-512'`).
    case sha512
}
