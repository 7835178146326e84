/// Per-byte class flags driving the log tokeniser: one table load per byte.
enum ByteClassTable {
    /// `0`–`9`.
    static let digit: UInt16 = 1 << 0
    /// `a`–`f`, `A`–`F`.
    static let hexLetter: UInt16 = 1 << 1
    /// Letters other than hex digits.
    static let otherLetter: UInt16 = 1 << 2
    /// `.`.
    static let dot: UInt16 = 1 << 3
    /// `:`.
    static let colon: UInt16 = 1 << 4
    /// `@`.
    static let at: UInt16 = 1 << 5
    /// `-`, `_`, `+`.
    static let punctuation: UInt16 = 1 << 6
    /// Bytes 0x80–0xFF (parts of UTF-8 sequences).
    static let high: UInt16 = 1 << 7
    /// Bytes that can begin or mark a defanged form: `[`, `(`, `{`, `x`, `X`.
    static let defang: UInt16 = 1 << 8
    /// Bytes that end a URL: controls, space, `"`, `'`, `<`, `>`, `` ` ``, `\`, `^`, `{`, `|`, `}`, DEL.
    static let urlEnd: UInt16 = 1 << 9

    /// Any byte that belongs to a token.
    static let word: UInt16 = Self.digit | Self.hexLetter | Self.otherLetter | Self.dot | Self.colon | Self.at | Self.punctuation | Self.high

    /// The flags of each byte value.
    static let flags: [UInt16] = (0..<256).map { value in
        let byte = UInt8(value)
        var flags: UInt16 = 0
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): flags = Self.digit
        case UInt8(ascii: "a")...UInt8(ascii: "f"), UInt8(ascii: "A")...UInt8(ascii: "F"): flags = Self.hexLetter
        case UInt8(ascii: "g")...UInt8(ascii: "z"), UInt8(ascii: "G")...UInt8(ascii: "Z"): flags = Self.otherLetter
        case UInt8(ascii: "."): flags = Self.dot
        case UInt8(ascii: ":"): flags = Self.colon
        case UInt8(ascii: "@"): flags = Self.at
        case UInt8(ascii: "-"), UInt8(ascii: "_"), UInt8(ascii: "+"): flags = Self.punctuation
        case 0x80...0xFF: flags = Self.high
        default: flags = 0
        }
        switch byte {
        case UInt8(ascii: "["), UInt8(ascii: "("), UInt8(ascii: "{"), UInt8(ascii: "x"), UInt8(ascii: "X"): flags |= Self.defang
        default: break
        }
        switch byte {
        case 0...0x20, 0x7F, UInt8(ascii: "\""), UInt8(ascii: "'"), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "`"),
            UInt8(ascii: "\\"), UInt8(ascii: "^"), UInt8(ascii: "{"), UInt8(ascii: "|"), UInt8(ascii: "}"):
            flags |= Self.urlEnd
        default: break
        }
        return flags
    }
}
