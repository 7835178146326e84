/// Standard (RFC 4648 §4) base64 as the pattern grammar's `b'…'` literal requires: padded, non-empty.
public enum Base64 {
    private static let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".utf8)

    /// Decodes padded base64, or returns `nil` when `text` is empty, mis-padded or has other characters.
    public static func decode(_ text: String) -> [UInt8]? {
        let characters = Array(text.utf8)
        guard !characters.isEmpty, characters.count.isMultiple(of: 4) else { return nil }
        var bytes: [UInt8] = []
        var groupStart = 0
        while groupStart < characters.count {
            let isLast = groupStart + 4 == characters.count
            let group = characters[groupStart..<(groupStart + 4)]
            let padding = isLast ? group.reversed().prefix { $0 == UInt8(ascii: "=") }.count : 0
            guard padding <= 2 else { return nil }
            var accumulator: UInt32 = 0
            for (position, character) in group.enumerated() {
                let sextet: UInt32
                if position >= 4 - padding {
                    sextet = 0
                } else if let value = Self.value(of: character) {
                    sextet = value
                } else {
                    return nil
                }
                accumulator = accumulator << 6 | sextet
            }
            let decoded = [UInt8(accumulator >> 16 & 0xFF), UInt8(accumulator >> 8 & 0xFF), UInt8(accumulator & 0xFF)]
            bytes.append(contentsOf: decoded.prefix(3 - padding))
            groupStart += 4
        }
        return bytes
    }

    /// Encodes bytes as padded base64.
    static func encode(_ bytes: [UInt8]) -> String {
        var output: [UInt8] = []
        var index = 0
        while index < bytes.count {
            let chunk = bytes[index..<min(index + 3, bytes.count)]
            var accumulator: UInt32 = 0
            for byte in chunk { accumulator = accumulator << 8 | UInt32(byte) }
            accumulator <<= UInt32(8 * (3 - chunk.count))
            for position in 0..<4 {
                if position <= chunk.count {
                    output.append(Self.alphabet[Int(accumulator >> UInt32(18 - 6 * position) & 0x3F)])
                } else {
                    output.append(UInt8(ascii: "="))
                }
            }
            index += 3
        }
        return String(decoding: output, as: UTF8.self)
    }

    private static func value(of character: UInt8) -> UInt32? {
        switch character {
        case UInt8(ascii: "A")...UInt8(ascii: "Z"): UInt32(character - UInt8(ascii: "A"))
        case UInt8(ascii: "a")...UInt8(ascii: "z"): UInt32(character - UInt8(ascii: "a") + 26)
        case UInt8(ascii: "0")...UInt8(ascii: "9"): UInt32(character - UInt8(ascii: "0") + 52)
        case UInt8(ascii: "+"): 62
        case UInt8(ascii: "/"): 63
        default: nil
        }
    }
}
