/// Canonical text of hex digests.
enum HashText {
    /// Lowercase hex of exactly `length` digits.
    static func canonical(_ bytes: UnsafeRawBufferPointer, length: Int, into output: inout ByteWriter) -> Bool {
        guard bytes.count == length else { return false }
        for byte in bytes {
            guard ByteClass.isHexDigit(byte) else { return false }
            output.append(ByteClass.lowercased(byte))
        }
        return true
    }
}
