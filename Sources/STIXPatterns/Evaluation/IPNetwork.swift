/// An IPv4 or IPv6 address or CIDR network, parsed once for `ISSUBSET`, `ISSUPERSET` and address equality.
///
/// A plain address is the network of one address (`/32` or `/128`). Both address families live in 128 bits:
/// IPv4 uses the low 32 bits of `low`. Parsing reads UTF-8 bytes without allocating, as it runs once per
/// compared value.
struct IPNetwork: Sendable, Hashable {
    let isVersion6: Bool
    let high: UInt64
    let low: UInt64
    let prefixLength: Int

    /// Parses `198.51.100.0/24`, `198.51.100.1`, `2001:db8::/32` or `2001:db8::1`; `nil` for anything else.
    init?(_ text: String) {
        var text = text
        guard let parsed = text.withUTF8({ Self.parse($0) }) else { return nil }
        self = parsed
    }

    private init(isVersion6: Bool, high: UInt64, low: UInt64, prefixLength: Int) {
        self.isVersion6 = isVersion6
        self.high = high
        self.low = low
        self.prefixLength = prefixLength
    }

    /// Whether every address of `other` lies in this network (same family, no longer prefix, same masked bits).
    func contains(_ other: IPNetwork) -> Bool {
        guard self.isVersion6 == other.isVersion6, self.prefixLength <= other.prefixLength else { return false }
        let (maskHigh, maskLow) = self.mask
        return self.high & maskHigh == other.high & maskHigh && self.low & maskLow == other.low & maskLow
    }

    /// Whether both denote the same network: same family and prefix, same bits under the prefix.
    func sameNetwork(as other: IPNetwork) -> Bool {
        self.prefixLength == other.prefixLength && self.contains(other)
    }

    /// The prefix mask in 128-bit form (for IPv4 the prefix covers the low 32 bits).
    private var mask: (UInt64, UInt64) {
        let bits = self.isVersion6 ? self.prefixLength : 96 + self.prefixLength
        if bits >= 128 { return (.max, .max) }
        if bits >= 64 { return (.max, bits == 64 ? 0 : ~(UInt64.max >> UInt64(bits - 64))) }
        return (bits == 0 ? 0 : ~(UInt64.max >> UInt64(bits)), 0)
    }

    /// Parses with the index's strict parser, so that the index and the evaluator read the same texts as
    /// addresses: a dotted-quad part or a prefix length with a leading zero (`198.051.100.7`, `10.0.0.0/08`) is not
    /// an address (`inet_aton` would read `051` as octal), nor is an IPv6 address with a zone.
    private static func parse(_ bytes: UnsafeBufferPointer<UInt8>) -> IPNetwork? {
        let raw = UnsafeRawBufferPointer(bytes)
        if let v4 = IPAddressParser.ipv4(raw) {
            return IPNetwork(isVersion6: false, high: 0, low: UInt64(v4.address), prefixLength: Int(v4.prefixLength))
        }
        if let v6 = IPAddressParser.ipv6(raw) {
            return IPNetwork(
                isVersion6: true, high: UInt64(truncatingIfNeeded: v6.address >> 64), low: UInt64(truncatingIfNeeded: v6.address),
                prefixLength: Int(v6.prefixLength))
        }
        return nil
    }
}
