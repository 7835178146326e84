/// Validation and canonical text of e-mail addresses.
enum EmailText {
    /// Whether `byte` may appear in a local part: RFC 5322 atext or `.`.
    static func isLocalPartByte(_ byte: UInt8) -> Bool {
        if ByteClass.isDigit(byte) || ByteClass.isLetter(byte) { return true }
        switch byte {
        case UInt8(ascii: "."), UInt8(ascii: "!"), UInt8(ascii: "#"), UInt8(ascii: "$"), UInt8(ascii: "%"), UInt8(ascii: "&"),
            UInt8(ascii: "'"), UInt8(ascii: "*"), UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "/"), UInt8(ascii: "="),
            UInt8(ascii: "?"), UInt8(ascii: "^"), UInt8(ascii: "_"), UInt8(ascii: "`"), UInt8(ascii: "{"), UInt8(ascii: "|"),
            UInt8(ascii: "}"), UInt8(ascii: "~"):
            return true
        default:
            return byte >= 0x80
        }
    }

    /// Writes `local@domain` with the local part lowercased (1–64 bytes, no leading, trailing or doubled dot) and the
    /// domain canonical; the split is at the last `@`.
    static func canonical(_ bytes: UnsafeRawBufferPointer, into output: inout ByteWriter) -> Bool {
        guard let at = bytes.lastIndex(of: UInt8(ascii: "@")), at > 0, at <= 64 else { return false }
        let local = UnsafeRawBufferPointer(rebasing: bytes[0..<at])
        guard local.first != UInt8(ascii: "."), local.last != UInt8(ascii: ".") else { return false }
        var previous: UInt8 = 0
        for byte in local {
            guard Self.isLocalPartByte(byte), !(byte == UInt8(ascii: ".") && previous == byte) else { return false }
            previous = byte
        }
        if ByteClass.isASCII(local) {
            for byte in local { output.append(ByteClass.lowercased(byte)) }
        } else {
            let lowered = String(decoding: local, as: UTF8.self).lowercased()
            guard !lowered.utf8.contains(where: { $0 < 0x80 && !Self.isLocalPartByte($0) }) else { return false }
            output.append(contentsOf: lowered.utf8)
        }
        output.append(UInt8(ascii: "@"))
        return DomainText.canonical(UnsafeRawBufferPointer(rebasing: bytes[(at + 1)...]), into: &output)
    }
}
