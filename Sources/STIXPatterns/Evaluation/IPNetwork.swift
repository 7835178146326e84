/// An IPv4 or IPv6 address or CIDR network, parsed once for `ISSUBSET`, `ISSUPERSET` and address equality.
///
/// A plain address is the network of one address (`/32` or `/128`). Both address families live in 128 bits:
/// IPv4 uses the low 32 bits of `low`.
struct IPNetwork: Sendable, Hashable {
    let isVersion6: Bool
    let high: UInt64
    let low: UInt64
    let prefixLength: Int

    /// Parses `198.51.100.0/24`, `198.51.100.1`, `2001:db8::/32` or `2001:db8::1`; `nil` for anything else.
    init?(_ text: String) {
        var address = Substring(text)
        var prefix: Int?
        if let slash = text.firstIndex(of: "/") {
            address = text[..<slash]
            let digits = text[text.index(after: slash)...]
            guard !digits.isEmpty, digits.count <= 3, digits.allSatisfy({ $0.isASCII && $0.isNumber }),
                let value = Int(digits)
            else { return nil }
            prefix = value
        }
        if let v4 = Self.parseVersion4(address) {
            guard (prefix ?? 32) <= 32 else { return nil }
            self.init(isVersion6: false, high: 0, low: UInt64(v4), prefixLength: prefix ?? 32)
        } else if let (high, low) = Self.parseVersion6(address) {
            guard (prefix ?? 128) <= 128 else { return nil }
            self.init(isVersion6: true, high: high, low: low, prefixLength: prefix ?? 128)
        } else {
            return nil
        }
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

    /// A dotted quad of four decimal numbers 0–255 (no leading `+`, at most three digits each).
    private static func parseVersion4(_ text: Substring) -> UInt32? {
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 4 else { return nil }
        var value: UInt32 = 0
        for part in parts {
            guard !part.isEmpty, part.count <= 3, part.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }),
                let octet = UInt32(part), octet <= 255
            else { return nil }
            value = value << 8 | octet
        }
        return value
    }

    /// RFC 4291 text form: eight groups of up to four hex digits, one `::` run, optional trailing dotted quad.
    private static func parseVersion6(_ text: Substring) -> (UInt64, UInt64)? {
        guard text.contains(":") else { return nil }
        var head: [UInt16] = []
        var tail: [UInt16] = []
        let halves = Self.splitAtDoubleColon(text)
        guard let halves else { return nil }
        guard let first = Self.groups(halves.head, allowQuad: halves.tail == nil) else { return nil }
        head = first
        if let tailText = halves.tail {
            guard let second = Self.groups(tailText, allowQuad: true) else { return nil }
            tail = second
            guard head.count + tail.count <= 7 else { return nil }
        } else {
            guard head.count == 8 else { return nil }
        }
        let all = head + [UInt16](repeating: 0, count: 8 - head.count - tail.count) + tail
        var high: UInt64 = 0
        var low: UInt64 = 0
        for index in 0..<4 { high = high << 16 | UInt64(all[index]) }
        for index in 4..<8 { low = low << 16 | UInt64(all[index]) }
        return (high, low)
    }

    /// The text before and after the one `::` (tail `nil` when there is none); `nil` when `::` occurs twice.
    private static func splitAtDoubleColon(_ text: Substring) -> (head: Substring, tail: Substring?)? {
        var previous: Substring.Index?
        var found: Substring.Index?
        for index in text.indices {
            if text[index] == ":", let previous, text[previous] == ":" {
                if found != nil { return nil }
                found = previous
            }
            previous = index
        }
        guard let found else { return (text, nil) }
        let tailStart = text.index(found, offsetBy: 2)
        if tailStart < text.endIndex, text[tailStart] == ":" { return nil }
        return (text[..<found], text[tailStart...])
    }

    /// The 16-bit groups of one side of `::`; a final dotted quad counts as two groups when `allowQuad`.
    private static func groups(_ text: Substring, allowQuad: Bool) -> [UInt16]? {
        if text.isEmpty { return [] }
        var result: [UInt16] = []
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        for (position, part) in parts.enumerated() {
            if allowQuad, position == parts.count - 1, part.contains(".") {
                guard let quad = Self.parseVersion4(part) else { return nil }
                result.append(UInt16(quad >> 16))
                result.append(UInt16(quad & 0xFFFF))
                continue
            }
            guard !part.isEmpty, part.count <= 4, let group = UInt16(part, radix: 16),
                part.utf8.allSatisfy({ ($0 >= 0x30 && $0 <= 0x39) || ($0 | 0x20 >= 0x61 && $0 | 0x20 <= 0x66) })
            else { return nil }
            result.append(group)
        }
        return result
    }
}
