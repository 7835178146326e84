/// One key an indicator is filed under: a field value, or an IP network (single addresses are field values).
enum IndexKey: Sendable, Hashable {
    /// Equality (or suffix) of a field's keyed bytes.
    case value(IndexField, [UInt8])
    /// An IPv4 network containing the observed address.
    case ipv4(UInt32, prefixLength: UInt8)
    /// An IPv6 network containing the observed address.
    case ipv6(UInt128, prefixLength: UInt8)

    /// The key of an IPv4 network: a single address (`/32`) is a 4-byte field value, a shorter prefix a trie key.
    static func network(_ network: AddressPrefix<UInt32>) -> IndexKey {
        guard network.prefixLength == 32 else { return .ipv4(network.address, prefixLength: network.prefixLength) }
        return .value(IndexField.ipv4Address, AddressBytes.bytes(of: network.address))
    }

    /// The key of an IPv6 network: a single address (`/128`) is a 16-byte field value, a shorter prefix a trie key.
    static func network(_ network: AddressPrefix<UInt128>) -> IndexKey {
        guard network.prefixLength == 128 else { return .ipv6(network.address, prefixLength: network.prefixLength) }
        return .value(IndexField.ipv6Address, AddressBytes.bytes(of: network.address))
    }
}
