import STIXPatterns

/// An IPv4 or IPv6 network: the address with host bits cleared and the prefix length.
enum IPNetworkValue: Sendable, Hashable {
    /// An IPv4 network.
    case v4(UInt32, prefixLength: Int)
    /// An IPv6 network.
    case v6(UInt128, prefixLength: Int)
}

/// Parsing of CIDR networks (addresses through ``IPAddressText``, the evaluator's parsers).
enum IPNetworkText {
    /// The IPv4 address in dotted-quad `text`, or nil.
    static func ipv4(_ text: String) -> UInt32? {
        IPAddressText.ipv4(text)
    }

    /// The IPv6 address in `text` (RFC 4291 text, embedded IPv4 allowed, no zone), or nil.
    static func ipv6(_ text: String) -> UInt128? {
        guard let groups = IPAddressText.ipv6(text) else { return nil }
        return (0..<8).reduce(UInt128(0)) { $0 << 16 | UInt128(groups[$1]) }
    }

    /// The network in `text` (`address` or `address/length`); host bits set beyond the prefix are cleared, as Python's
    /// `ip_network(strict=False)` and MISP do.
    static func network(_ text: String) -> IPNetworkValue? {
        let parts = text.split(separator: "/", maxSplits: 1, omittingEmptySubsequences: false)
        let address = String(parts[0])
        var length: Int?
        if parts.count == 2 {
            guard !parts[1].isEmpty, parts[1].utf8.allSatisfy({ $0 &- UInt8(ascii: "0") < 10 }), parts[1].utf8.count <= 3 else {
                return nil
            }
            length = Int(parts[1])
        }
        if let value = Self.ipv4(address) {
            let prefix = length ?? 32
            guard prefix <= 32 else { return nil }
            let mask: UInt32 = prefix == 0 ? 0 : ~0 << UInt32(32 - prefix)
            return .v4(value & mask, prefixLength: prefix)
        }
        if let value = Self.ipv6(address) {
            let prefix = length ?? 128
            guard prefix <= 128 else { return nil }
            let mask: UInt128 = prefix == 0 ? 0 : ~0 << UInt128(128 - prefix)
            return .v6(value & mask, prefixLength: prefix)
        }
        return nil
    }
}
