/// Single IP addresses as the big-endian bytes the equality table keys them by.
enum AddressBytes {
    /// The big-endian bytes of `address`.
    static func bytes<Address: FixedWidthInteger>(of address: Address) -> [UInt8] {
        Self.withBytes(of: address) { Array($0) }
    }

    /// Calls `body` with the big-endian bytes of `address`, without allocating.
    @inline(__always)
    static func withBytes<Address: FixedWidthInteger, Result>(of address: Address, _ body: (UnsafeRawBufferPointer) -> Result) -> Result {
        withUnsafeBytes(of: address.bigEndian, body)
    }
}
