/// An IPv4 address as a 32-bit number, written as its dotted quad.
enum IPv4Quad {
    /// The dotted quad of `address`.
    static func text(_ address: UInt32) -> String {
        "\(address >> 24).\(address >> 16 & 0xFF).\(address >> 8 & 0xFF).\(address & 0xFF)"
    }
}
