/// Parsing and canonical text of IPv4 addresses.
enum IPv4Text {
    /// The address in `bytes` (four decimal parts of 1–3 digits, each ≤ 255), or nil.
    static func parse(_ bytes: UnsafeRawBufferPointer) -> UInt32? {
        var address: UInt32 = 0
        var parts = 0
        var value: UInt32 = 0
        var digits = 0
        for byte in bytes {
            if ByteClass.isDigit(byte) {
                digits += 1
                guard digits <= 3 else { return nil }
                value = value * 10 + UInt32(byte &- 0x30)
            } else if byte == UInt8(ascii: ".") {
                guard digits > 0, value <= 255, parts < 3 else { return nil }
                address = address << 8 | value
                parts += 1
                value = 0
                digits = 0
            } else {
                return nil
            }
        }
        guard digits > 0, value <= 255, parts == 3 else { return nil }
        return address << 8 | value
    }

    /// Appends `address` as a dotted quad.
    static func append(_ address: UInt32, to output: inout ByteWriter) {
        for shift in stride(from: 24, through: 0, by: -8) {
            ByteClass.appendDecimal(Int((address >> UInt32(shift)) & 0xFF), to: &output)
            if shift > 0 { output.append(UInt8(ascii: ".")) }
        }
    }

    /// Writes the canonical dotted quad of `bytes`.
    static func canonical(_ bytes: UnsafeRawBufferPointer, into output: inout ByteWriter) -> Bool {
        guard let address = Self.parse(bytes) else { return false }
        var leadingZero = false
        for index in 0..<(bytes.count - 1) where bytes[index] == UInt8(ascii: "0") && ByteClass.isDigit(bytes[index + 1]) {
            if index == 0 || bytes[index - 1] == UInt8(ascii: ".") { leadingZero = true }
        }
        if leadingZero { Self.append(address, to: &output) } else { output.append(bytes: bytes) }
        return true
    }
}
