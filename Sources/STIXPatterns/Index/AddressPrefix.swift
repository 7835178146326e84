/// An IPv4 or IPv6 address or CIDR network parsed from its text form, as the prefix trie keys it.
struct AddressPrefix<Address: FixedWidthInteger & UnsignedInteger>: Hashable {
    /// The address with host bits cleared.
    let address: Address
    /// The prefix length (the address width for a plain address).
    let prefixLength: UInt8
    /// Whether the text carried an explicit `/length`.
    let hasPrefix: Bool

    /// Creates a network, clearing the bits after `prefixLength`.
    init(address: Address, prefixLength: UInt8, hasPrefix: Bool) {
        self.address = address & PrefixMask.mask(Address.self, prefixLength)
        self.prefixLength = prefixLength
        self.hasPrefix = hasPrefix
    }
}

/// Bit masks for prefixes of fixed-width addresses.
enum PrefixMask {
    /// The mask keeping the first `length` bits of an `Address`.
    @inline(__always)
    static func mask<Address: FixedWidthInteger & UnsignedInteger>(_: Address.Type, _ length: UInt8) -> Address {
        length == 0 ? 0 : ~Address(0) &<< Address(Address.bitWidth - Int(length))
    }
}
