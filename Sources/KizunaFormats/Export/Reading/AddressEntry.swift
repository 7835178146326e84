import STIXPatterns

/// Canonical feed entries for IP address texts, with or without a CIDR prefix length.
enum AddressEntry {
    /// The entry for `text` read as an IPv4 (`ipv6` false) or IPv6 address or network, or nil when it is not one.
    ///
    /// A prefix length equal to the address width (`/32`, `/128`) gives the plain address; otherwise the entry is
    /// a network with the host bits cleared (`10.1.2.3/8` → `10.0.0.0/8`).
    static func entry(_ text: String, ipv6: Bool) -> FeedEntry? {
        let pieces = text.split(separator: "/", maxSplits: 1, omittingEmptySubsequences: false)
        let width = ipv6 ? 128 : 32
        guard let address = ObservableNormalizer.canonical(String(pieces[0]), as: ipv6 ? .ipv6 : .ipv4) else { return nil }
        guard pieces.count == 2 else { return FeedEntry(kind: ipv6 ? .ipv6 : .ipv4, value: address) }
        let lengthText = pieces[1]
        guard !lengthText.isEmpty, lengthText.count <= 3, lengthText.utf8.allSatisfy({ $0 &- 0x30 < 10 }),
            let length = Int(lengthText), length <= width
        else { return nil }
        if length == width { return FeedEntry(kind: ipv6 ? .ipv6 : .ipv4, value: address) }
        return ipv6 ? Self.ipv6Network(address, length: length) : Self.ipv4Network(address, length: length)
    }

    private static func ipv4Network(_ address: String, length: Int) -> FeedEntry? {
        guard let value = IPAddressText.ipv4(address) else { return nil }
        let mask: UInt32 = length == 0 ? 0 : ~UInt32(0) << UInt32(32 - length)
        return FeedEntry(kind: .ipv4Network, value: IPAddressText.text(ipv4: value & mask) + "/" + String(length))
    }

    private static func ipv6Network(_ address: String, length: Int) -> FeedEntry? {
        guard var groups = IPAddressText.ipv6(address) else { return nil }
        for index in 0..<8 {
            let kept = min(max(length - 16 * index, 0), 16)
            groups[index] &= kept == 0 ? 0 : ~UInt16(0) << UInt16(16 - kept)
        }
        return FeedEntry(kind: .ipv6Network, value: IPAddressText.text(ipv6: groups) + "/" + String(length))
    }
}
