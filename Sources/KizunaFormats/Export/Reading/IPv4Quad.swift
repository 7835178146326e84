import STIXPatterns

/// An IPv4 address as a 32-bit number, read from and written to its dotted quad.
enum IPv4Quad {
    /// The address of a dotted quad of 1–3 digit decimal parts ≤ 255, or nil.
    static func parse(_ text: some StringProtocol) -> UInt32? {
        IPAddressText.ipv4(text)
    }

    /// The dotted quad of `address`.
    static func text(_ address: UInt32) -> String {
        "\(address >> 24).\(address >> 16 & 0xFF).\(address >> 8 & 0xFF).\(address & 0xFF)"
    }
}
