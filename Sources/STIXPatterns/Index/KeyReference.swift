/// Which structure a posting's key lives in, and where: a tag in the top two bits, an index below.
struct KeyReference: Sendable, Hashable {
    /// The tagged value.
    let raw: UInt32

    /// The structures keys live in.
    enum Structure: UInt32 {
        /// ``ByteKeyTable`` entry.
        case bytes = 0
        /// Node of the IPv4 ``PrefixTrie`` of prefixes up to `/16`.
        case ipv4 = 1
        /// IPv6 ``PrefixTrie`` node.
        case ipv6 = 2
        /// Node of the IPv4 ``PrefixTrie`` of prefixes from `/17` to `/31`, one tree per `/16` block.
        case ipv4Long = 3
    }

    /// Creates a reference to `index` in `structure` (`index` must be below 2³⁰).
    init(_ structure: Structure, _ index: UInt32) {
        precondition(index < 1 << 30, "index structures are limited to 2^30 keys")
        self.raw = structure.rawValue << 30 | index
    }

    /// The structure.
    var structure: Structure {
        Structure(rawValue: self.raw >> 30) ?? .ipv4Long
    }

    /// The index within the structure.
    var index: UInt32 {
        self.raw & (1 << 30 - 1)
    }
}
