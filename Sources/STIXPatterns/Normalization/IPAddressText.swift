/// Reading IPv4 and IPv6 addresses from text, for other modules (the same parsers as normalisation).
public enum IPAddressText {
    /// The address of a dotted quad (four decimal parts of 1–3 digits, each ≤ 255), or nil.
    public static func ipv4(_ text: some StringProtocol) -> UInt32? {
        var text = String(text)
        return text.withUTF8 { IPv4Text.parse(UnsafeRawBufferPointer($0)) }
    }

    /// The eight 16-bit groups of an address in RFC 4291 text (`::` and a trailing dotted quad allowed), or nil.
    public static func ipv6(_ text: some StringProtocol) -> SIMD8<UInt16>? {
        var text = String(text)
        return text.withUTF8 { IPv6Text.parse(UnsafeRawBufferPointer($0)) }
    }

    /// The dotted quad of `address`.
    public static func text(ipv4 address: UInt32) -> String {
        "\(address >> 24).\(address >> 16 & 0xFF).\(address >> 8 & 0xFF).\(address & 0xFF)"
    }

    /// The RFC 5952 text of an IPv6 address's eight groups (`2001:db8::1`).
    public static func text(ipv6 groups: SIMD8<UInt16>) -> String {
        withUnsafeTemporaryAllocation(byteCount: 64, alignment: 8) { memory in
            var writer = ByteWriter(memory)
            IPv6Text.append(groups, to: &writer)
            return String(decoding: writer.bytes(0..<writer.count), as: UTF8.self)
        }
    }

    /// The groups RFC 5952 writes as `::`: the longest run of two or more zero groups (the first of equal runs), or
    /// nil when there is none.
    public static func compressedRun(_ groups: SIMD8<UInt16>) -> Range<Int>? {
        var best: Range<Int>?
        var runStart: Int?
        for index in 0...8 {
            if index < 8, groups[index] == 0 {
                if runStart == nil { runStart = index }
            } else if let start = runStart {
                if index - start > max(1, best?.count ?? 0) { best = start..<index }
                runStart = nil
            }
        }
        return best
    }

    /// Appends `group` in lowercase hex without leading zeros (as RFC 5952 writes each group).
    public static func appendHex(_ group: UInt16, to output: inout [UInt8]) {
        Self.forEachHexDigit(of: group) { output.append($0) }
    }

    /// Calls `body` with the ASCII lowercase hex digits of `group`, without leading zeros.
    @inline(__always)
    static func forEachHexDigit(of group: UInt16, _ body: (UInt8) -> Void) {
        var started = false
        for shift in stride(from: 12, through: 0, by: -4) {
            let digit = UInt8((group >> UInt16(shift)) & 0xF)
            if digit != 0 || started || shift == 0 {
                body(ByteClass.lowerHexDigit(digit))
                started = true
            }
        }
    }
}
