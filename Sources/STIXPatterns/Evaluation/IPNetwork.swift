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

    private static func parse(_ bytes: UnsafeBufferPointer<UInt8>) -> IPNetwork? {
        var end = bytes.count
        var prefix: Int?
        if let slash = bytes.firstIndex(of: UInt8(ascii: "/")) {
            let digits = bytes[(slash + 1)...]
            guard !digits.isEmpty, digits.count <= 3 else { return nil }
            var value = 0
            for digit in digits {
                guard digit >= UInt8(ascii: "0"), digit <= UInt8(ascii: "9") else { return nil }
                value = value * 10 + Int(digit - UInt8(ascii: "0"))
            }
            prefix = value
            end = slash
        }
        let address = bytes[..<end]
        if let v4 = Self.parseVersion4(address) {
            guard (prefix ?? 32) <= 32 else { return nil }
            return IPNetwork(isVersion6: false, high: 0, low: UInt64(v4), prefixLength: prefix ?? 32)
        }
        if let (high, low) = Self.parseVersion6(address) {
            guard (prefix ?? 128) <= 128 else { return nil }
            return IPNetwork(isVersion6: true, high: high, low: low, prefixLength: prefix ?? 128)
        }
        return nil
    }

    /// A dotted quad of four decimal numbers 0–255, one to three digits each.
    private static func parseVersion4(_ bytes: Slice<UnsafeBufferPointer<UInt8>>) -> UInt32? {
        var value: UInt32 = 0
        var octet: UInt32 = 0
        var digits = 0
        var dots = 0
        for byte in bytes {
            if byte == UInt8(ascii: ".") {
                guard digits > 0, dots < 3 else { return nil }
                value = value << 8 | octet
                octet = 0
                digits = 0
                dots += 1
            } else if byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") {
                digits += 1
                octet = octet * 10 + UInt32(byte - UInt8(ascii: "0"))
                guard digits <= 3, octet <= 255 else { return nil }
            } else {
                return nil
            }
        }
        guard dots == 3, digits > 0 else { return nil }
        return value << 8 | octet
    }

    /// RFC 4291 text form: eight groups of up to four hex digits, at most one `::`, optional final dotted quad.
    private static func parseVersion6(_ bytes: Slice<UnsafeBufferPointer<UInt8>>) -> (UInt64, UInt64)? {
        guard bytes.contains(UInt8(ascii: ":")) else { return nil }
        var groups: [UInt16] = []
        groups.reserveCapacity(8)
        var gap: Int?
        var index = bytes.startIndex
        if bytes.count >= 2, bytes[index] == UInt8(ascii: ":"), bytes[index + 1] == UInt8(ascii: ":") {
            gap = 0
            index += 2
        }
        while index < bytes.endIndex {
            // One group, or a dotted quad at the end.
            var groupEnd = index
            while groupEnd < bytes.endIndex, bytes[groupEnd] != UInt8(ascii: ":") { groupEnd += 1 }
            let group = bytes[index..<groupEnd]
            if group.contains(UInt8(ascii: ".")) {
                guard groupEnd == bytes.endIndex, let quad = Self.parseVersion4(group) else { return nil }
                groups.append(UInt16(quad >> 16))
                groups.append(UInt16(quad & 0xFFFF))
            } else {
                guard !group.isEmpty, group.count <= 4 else { return nil }
                var value: UInt16 = 0
                for digit in group {
                    guard let nibble = Self.hexValue(digit) else { return nil }
                    value = value << 4 | UInt16(nibble)
                }
                groups.append(value)
            }
            guard groups.count <= 8 else { return nil }
            index = groupEnd
            if index < bytes.endIndex {
                index += 1  // the colon
                if index < bytes.endIndex, bytes[index] == UInt8(ascii: ":") {
                    guard gap == nil else { return nil }
                    gap = groups.count
                    index += 1
                } else if index == bytes.endIndex {
                    return nil  // a trailing single colon
                }
            }
        }
        if let gap {
            guard groups.count <= 7 else { return nil }
            groups.insert(contentsOf: [UInt16](repeating: 0, count: 8 - groups.count), at: gap)
        }
        guard groups.count == 8 else { return nil }
        var high: UInt64 = 0
        var low: UInt64 = 0
        for position in 0..<4 { high = high << 16 | UInt64(groups[position]) }
        for position in 4..<8 { low = low << 16 | UInt64(groups[position]) }
        return (high, low)
    }

    private static func hexValue(_ digit: UInt8) -> UInt8? {
        switch digit {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): digit - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): digit - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): digit - UInt8(ascii: "A") + 10
        default: nil
        }
    }
}
