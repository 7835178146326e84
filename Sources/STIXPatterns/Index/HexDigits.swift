/// Hexadecimal digit decoding for digests and IPv6 groups.
enum HexDigits {
    /// Each byte's digit value, or 0xFF for bytes that are not hex digits (either case).
    private static let table: [UInt8] = (0...255).map { byte in
        switch UInt8(byte) {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): UInt8(byte) - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): UInt8(byte) - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): UInt8(byte) - UInt8(ascii: "A") + 10
        default: 0xFF
        }
    }

    /// The value of one hex digit (either case), or nil.
    @inline(__always)
    static func value(_ byte: UInt8) -> UInt8? {
        let value = Self.table[Int(byte)]
        return value == 0xFF ? nil : value
    }

    /// Decodes `text` (either case) into `output`, returning the byte count, or nil when it is not
    /// an even-length hex string that fits.
    static func decode(_ text: UnsafeRawBufferPointer, into output: UnsafeMutableRawBufferPointer) -> Int? {
        guard text.count % 2 == 0, text.count / 2 <= output.count else { return nil }
        return Self.table.withUnsafeBufferPointer { table in
            var invalid: UInt8 = 0
            var index = 0
            while index < text.count {
                let high = table[Int(text[index])]
                let low = table[Int(text[index + 1])]
                invalid |= (high | low) & 0xF0
                output[index / 2] = high << 4 | (low & 0x0F)
                index += 2
            }
            return invalid == 0 ? text.count / 2 : nil
        }
    }

    /// Whether `text` contains no uppercase hex letters.
    static func isLowercase(_ text: UnsafeRawBufferPointer) -> Bool {
        !text.contains { $0 >= UInt8(ascii: "A") && $0 <= UInt8(ascii: "F") }
    }
}
