/// Escaping of text inside Suricata rule options.
enum SuricataText {
    /// Appends `text` for a `msg` string: `"`, `;` and `\` escaped with a backslash, control characters as spaces.
    static func appendMessageText(_ text: some StringProtocol, to output: inout [UInt8]) {
        FeedText.append(
            text, to: &output,
            keeping: { $0 >= 0x20 && $0 != 0x7F && $0 != UInt8(ascii: "\"") && $0 != UInt8(ascii: ";") && $0 != UInt8(ascii: "\\") },
            replacing: { byte, output in
                if byte < 0x20 || byte == 0x7F {
                    output.append(0x20)
                } else {
                    output.append(UInt8(ascii: "\\"))
                    output.append(byte)
                }
            })
    }

    /// Appends `text` for a `content` string: `"`, `;`, `\`, `|`, control characters and bytes outside ASCII as
    /// `|XX|` hex.
    static func appendContentText(_ text: some StringProtocol, to output: inout [UInt8]) {
        FeedText.append(text, to: &output, keeping: Self.isPlainContentByte, replacing: Self.appendHexEscape)
    }

    /// Appends raw `bytes` for a `content` string, escaped as ``appendContentText(_:to:)`` escapes text.
    static func appendContentBytes(_ bytes: [UInt8], to output: inout [UInt8]) {
        for byte in bytes {
            if Self.isPlainContentByte(byte) { output.append(byte) } else { Self.appendHexEscape(byte, to: &output) }
        }
    }

    /// Whether `byte` stands for itself inside `content:"…"`.
    @inline(__always)
    private static func isPlainContentByte(_ byte: UInt8) -> Bool {
        byte >= 0x20 && byte < 0x7F && byte != UInt8(ascii: "\"") && byte != UInt8(ascii: ";") && byte != UInt8(ascii: "\\")
            && byte != UInt8(ascii: "|")
    }

    /// Appends `|XX|`.
    @inline(__always)
    private static func appendHexEscape(_ byte: UInt8, to output: inout [UInt8]) {
        output.append(UInt8(ascii: "|"))
        output.append(FeedText.upperHexDigit(byte >> 4))
        output.append(FeedText.upperHexDigit(byte & 0xF))
        output.append(UInt8(ascii: "|"))
    }

    /// Whether `id` may stand as a `metadata` value as it is: lowercase letters, digits and `-` only.
    static func isPlainIdentifier(_ id: String) -> Bool {
        !id.isEmpty && id.utf8.allSatisfy { ($0 &- 0x61 < 26) || ($0 &- 0x30 < 10) || $0 == UInt8(ascii: "-") }
    }
}
