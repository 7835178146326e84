import STIXPatterns

/// The eight 16-bit groups of an IPv6 address, written as text.
enum IPv6Groups {
    /// The RFC 5952 text of `groups`.
    static func text(_ groups: SIMD8<UInt16>) -> String? {
        let full = (0..<8).map { String(groups[$0], radix: 16) }.joined(separator: ":")
        return ObservableNormalizer.canonical(full, as: .ipv6)
    }

    /// Appends `value` in lowercase hex without leading zeros.
    static func appendHex(_ value: UInt16, to output: inout [UInt8]) {
        var started = false
        for shift in stride(from: 12, through: 0, by: -4) {
            let digit = UInt8(truncatingIfNeeded: value >> UInt16(shift)) & 0xF
            if digit != 0 || started || shift == 0 {
                output.append(digit < 10 ? 0x30 &+ digit : 0x57 &+ digit)
                started = true
            }
        }
    }
}
