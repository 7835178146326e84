/// A property of one object type that the index keeps equality keys for, and how its values are keyed.
struct IndexField: Sendable, Hashable {
    /// How a field's values become key bytes.
    enum Kind: Sendable, Hashable {
        /// The value in ``ObservableNormalizer`` canonical form (domain, URL, e-mail address).
        case canonical(ObservableKind)
        /// A hex digest decoded to raw bytes; ``IndexField/steps`` lead to the `hashes` dictionary.
        case hash(ObservableKind)
        /// A canonical domain suffix starting with `.` (`LIKE '%.example.com'`), probed at each dot.
        case domainSuffixAtDot
        /// A canonical domain suffix starting anywhere (`LIKE '%example.com'`), probed at each stored length.
        case domainSuffix
        /// A single IPv4 or IPv6 address as its raw big-endian bytes (networks live in the prefix trie).
        case address
        /// The start of a URL as written, through the first `/` after `://` (`url:value MATCHES '^https://host/…'`).
        case urlPrefix
        /// The string as written.
        case plain
        /// An integer, keyed as its 8 little-endian bytes; JSON numbers with an integral value match it.
        case integer
    }

    /// The object type (`domain-name`, `file`).
    let objectType: String
    /// The path steps after the colon (without the algorithm step for ``Kind/hash(_:)``).
    let steps: [PathStep]
    /// How values are keyed.
    let kind: Kind

    /// `ipv4-addr:value` single addresses.
    static let ipv4Address = IndexField(objectType: "ipv4-addr", steps: [.property("value")], kind: .address)
    /// `ipv6-addr:value` single addresses.
    static let ipv6Address = IndexField(objectType: "ipv6-addr", steps: [.property("value")], kind: .address)
}
