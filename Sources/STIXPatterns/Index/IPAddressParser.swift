/// Strict parsers for IPv4 and IPv6 addresses and CIDR networks, working on UTF-8 bytes without allocating.
enum IPAddressParser {
    /// Parses dotted-quad IPv4 (`10.1.2.3`, `10.0.0.0/8`); leading zeros and out-of-range parts are rejected.
    static func ipv4(_ bytes: UnsafeRawBufferPointer) -> AddressPrefix<UInt32>? {
        let (end, prefix) = Self.splitPrefix(bytes, maximum: 32)
        guard end >= 0 else { return nil }
        var address: UInt32 = 0
        var parts = 0
        var index = 0
        while index <= end {
            guard parts < 4, let (part, next) = Self.decimal(bytes, from: index, to: end, maximum: 255) else { return nil }
            address = address << 8 | UInt32(part)
            parts += 1
            if next == end { break }
            guard bytes[next] == UInt8(ascii: ".") else { return nil }
            index = next + 1
        }
        guard parts == 4 else { return nil }
        return AddressPrefix(address: address, prefixLength: prefix ?? 32, hasPrefix: prefix != nil)
    }

    /// Parses IPv6 (`2001:db8::1`, `::ffff:10.0.0.1`, `2001:db8::/32`); zone identifiers are rejected.
    static func ipv6(_ bytes: UnsafeRawBufferPointer) -> AddressPrefix<UInt128>? {
        let (end, prefix) = Self.splitPrefix(bytes, maximum: 128)
        guard end > 0 else { return nil }
        var doubleColon = -1
        var index = 0
        while index + 1 < end {
            if bytes[index] == UInt8(ascii: ":"), bytes[index + 1] == UInt8(ascii: ":") {
                doubleColon = index
                break
            }
            index += 1
        }
        let address: UInt128
        if doubleColon >= 0 {
            guard let left = Self.groups(bytes, from: 0, to: doubleColon, embedded: false),
                let right = Self.groups(bytes, from: doubleColon + 2, to: end, embedded: true),
                left.count + right.count <= 7
            else { return nil }
            address = (left.count == 0 ? 0 : left.value << (16 * (8 - left.count))) | right.value
        } else {
            guard let all = Self.groups(bytes, from: 0, to: end, embedded: true), all.count == 8 else { return nil }
            address = all.value
        }
        return AddressPrefix(address: address, prefixLength: prefix ?? 128, hasPrefix: prefix != nil)
    }

    /// The colon-separated hex groups between `from` and `to` (a final dotted quad counts as two groups).
    private static func groups(
        _ bytes: UnsafeRawBufferPointer, from start: Int, to end: Int, embedded: Bool
    ) -> (value: UInt128, count: Int)? {
        guard start < end else { return (0, 0) }
        var value: UInt128 = 0
        var count = 0
        var index = start
        while true {
            var stop = index
            while stop < end, bytes[stop] != UInt8(ascii: ":") { stop += 1 }
            guard stop > index, count < 8 else { return nil }
            if stop == end, embedded, bytes[index..<stop].contains(UInt8(ascii: ".")) {
                guard let quad = Self.ipv4(UnsafeRawBufferPointer(rebasing: bytes[index..<stop])), quad.hasPrefix == false else {
                    return nil
                }
                value = value << 32 | UInt128(quad.address)
                count += 2
                break
            }
            guard stop - index <= 4 else { return nil }
            var group: UInt128 = 0
            for position in index..<stop {
                guard let digit = HexDigits.value(bytes[position]) else { return nil }
                group = group << 4 | UInt128(digit)
            }
            value = value << 16 | group
            count += 1
            if stop == end { break }
            index = stop + 1
            guard index < end else { return nil }
        }
        return count <= 8 ? (value, count) : nil
    }

    /// The end of the address part and the parsed `/length`, or `-1` as end when the length is malformed.
    private static func splitPrefix(_ bytes: UnsafeRawBufferPointer, maximum: UInt8) -> (Int, UInt8?) {
        guard let slash = bytes.firstIndex(of: UInt8(ascii: "/")) else { return (bytes.count, nil) }
        guard slash + 1 < bytes.count,
            let (length, next) = Self.decimal(bytes, from: slash + 1, to: bytes.count, maximum: Int(maximum)),
            next == bytes.count
        else { return (-1, nil) }
        return (slash, UInt8(length))
    }

    /// A decimal number without leading zeros at `from`, and the index after it.
    private static func decimal(_ bytes: UnsafeRawBufferPointer, from start: Int, to end: Int, maximum: Int) -> (Int, Int)? {
        var value = 0
        var index = start
        while index < end, index - start < 4, bytes[index] >= UInt8(ascii: "0"), bytes[index] <= UInt8(ascii: "9") {
            value = value * 10 + Int(bytes[index] - UInt8(ascii: "0"))
            index += 1
        }
        let digits = index - start
        guard digits > 0, digits < 4, value <= maximum, digits == 1 || bytes[start] != UInt8(ascii: "0") else { return nil }
        return (value, index)
    }
}
