/// ASCII byte tests and conversions used by the canonicalisers.
enum ByteClass {
    /// Whether `byte` is `0`–`9`.
    @inline(__always) static func isDigit(_ byte: UInt8) -> Bool { byte &- 0x30 < 10 }

    /// Whether `byte` is an ASCII letter.
    @inline(__always) static func isLetter(_ byte: UInt8) -> Bool { (byte | 0x20) &- 0x61 < 26 }

    /// Whether `byte` is a hex digit.
    @inline(__always) static func isHexDigit(_ byte: UInt8) -> Bool { byte &- 0x30 < 10 || (byte | 0x20) &- 0x61 < 6 }

    /// `byte` lowercased when it is an ASCII capital letter.
    @inline(__always) static func lowercased(_ byte: UInt8) -> UInt8 { byte &- 0x41 < 26 ? byte | 0x20 : byte }

    /// The lowercase hex digit for `value` (0–15).
    @inline(__always) static func lowerHexDigit(_ value: UInt8) -> UInt8 { value < 10 ? 0x30 &+ value : 0x57 &+ value }

    /// The uppercase hex digit for `value` (0–15).
    @inline(__always) static func upperHexDigit(_ value: UInt8) -> UInt8 { value < 10 ? 0x30 &+ value : 0x37 &+ value }

    /// Appends the decimal digits of `value`.
    static func appendDecimal(_ value: Int, to output: inout ByteWriter) {
        if value >= 1000 {
            Self.appendDecimal(value / 1000, to: &output)
            Self.appendDigits(value % 1000, count: 3, to: &output)
        } else {
            Self.appendDigits(value, count: value >= 100 ? 3 : value >= 10 ? 2 : 1, to: &output)
        }
    }

    /// Appends the last `count` (1–3) decimal digits of `value`, zero-padded.
    @inline(__always) private static func appendDigits(_ value: Int, count: Int, to output: inout ByteWriter) {
        if count >= 3 { output.append(UInt8(truncatingIfNeeded: 0x30 + value / 100 % 10)) }
        if count >= 2 { output.append(UInt8(truncatingIfNeeded: 0x30 + value / 10 % 10)) }
        output.append(UInt8(truncatingIfNeeded: 0x30 + value % 10))
    }

    /// Whether every byte is below 0x80.
    static func isASCII(_ bytes: UnsafeRawBufferPointer) -> Bool {
        for byte in bytes where byte >= 0x80 { return false }
        return true
    }
}
