/// The start of a URL that a `MATCHES` regex anchored on a literal scheme and host requires: `^https://host\.example/`
/// needs every matching value to begin with `https://host.example/`, which is then an index key (a candidate: the rest of
/// the regex is still evaluated).
enum URLPrefix {
    /// The bytes of `url` through the first `/` after the first `://`, or nil when there is none.
    static func length(in url: UnsafeRawBufferPointer) -> Int? {
        let count = url.count
        var index = 0
        while index + 2 < count {
            if url[index] == UInt8(ascii: ":"), url[index + 1] == UInt8(ascii: "/"), url[index + 2] == UInt8(ascii: "/") { break }
            index += 1
        }
        guard index + 2 < count else { return nil }
        index += 3
        while index < count, url[index] != UInt8(ascii: "/") { index += 1 }
        return index < count ? index + 1 : nil
    }

    /// The URL start every value matching `regex` begins with, or nil when the regex does not require one.
    ///
    /// The regex must start with `^` (which, without the multi-line option, anchors at the start of the value) and
    /// contain no `|` anywhere; its leading literal characters (`\` before a punctuation character makes it literal) up
    /// to the first other metacharacter form the literal, less its last character when a quantifier follows. The
    /// literal must hold `://` and a `/` after it, and be ASCII without `K`, `;` and `` ` `` (the only ASCII characters
    /// NFC normalisation, which matching applies to the value first, can produce from other characters), so that the
    /// value as written starts with it whenever its normalised form does.
    static func required(byRegex regex: String) -> [UInt8]? {
        let bytes = Array(regex.utf8)
        guard bytes.first == UInt8(ascii: "^"), !bytes.contains(UInt8(ascii: "|")) else { return nil }
        var literal: [UInt8] = []
        var index = 1
        scan: while index < bytes.count {
            let byte = bytes[index]
            switch byte {
            case UInt8(ascii: "\\"):
                guard index + 1 < bytes.count, Self.isEscapablePunctuation(bytes[index + 1]) else { break scan }
                literal.append(bytes[index + 1])
                index += 2
            case UInt8(ascii: "?"), UInt8(ascii: "*"), UInt8(ascii: "+"), UInt8(ascii: "{"):
                if !literal.isEmpty { literal.removeLast() }
                break scan
            case UInt8(ascii: "."), UInt8(ascii: "$"), UInt8(ascii: "("), UInt8(ascii: ")"), UInt8(ascii: "["), UInt8(ascii: "]"),
                UInt8(ascii: "}"), UInt8(ascii: "^"):
                break scan
            default:
                guard byte < 0x80, byte >= 0x20 else { break scan }
                literal.append(byte)
                index += 1
            }
        }
        guard literal.allSatisfy({ $0 != UInt8(ascii: "K") && $0 != UInt8(ascii: ";") && $0 != UInt8(ascii: "`") }) else { return nil }
        guard let length = literal.withUnsafeBytes(Self.length(in:)) else { return nil }
        return Array(literal[..<length])
    }

    /// Whether `\` before `byte` stands for `byte` itself in ICU regexes (ASCII punctuation).
    private static func isEscapablePunctuation(_ byte: UInt8) -> Bool {
        byte < 0x80 && byte > 0x20 && !(byte >= 0x30 && byte <= 0x39) && !((byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A)
    }
}
