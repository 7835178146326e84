import Foundation

/// Validation and canonical text of domain names.
enum DomainText {
    /// Writes the canonical form of the domain in `bytes`; non-ASCII input goes through ``unicodeCanonical(_:into:)``.
    static func canonical(_ bytes: UnsafeRawBufferPointer, into output: inout ByteWriter) -> Bool {
        guard ByteClass.isASCII(bytes) else {
            return Self.unicodeCanonical(String(decoding: bytes, as: UTF8.self), into: &output)
        }
        return Self.asciiCanonical(bytes, into: &output)
    }

    /// What each byte is in a domain: 0 not allowed, 1 digit, 2 letter or `_` (value + 0x80 = its lowercase), 3 `-`,
    /// 4 `.`; letters are stored as `0x80 | lowercase` so one load classifies and lowercases.
    private static let byteKinds: [UInt8] = (0..<256).map { value in
        let byte = UInt8(value)
        if ByteClass.isDigit(byte) { return 1 }
        if ByteClass.isLetter(byte) || byte == UInt8(ascii: "_") { return 0x80 | ByteClass.lowercased(byte) }
        if byte == UInt8(ascii: "-") { return 3 }
        if byte == UInt8(ascii: ".") { return 4 }
        return 0
    }

    /// Lowercases and checks an ASCII domain: labels of letters, digits, `-`, `_` (1–63 bytes, no leading or
    /// trailing `-`), at most 253 bytes without the one allowed trailing dot, last label not all digits.
    static func asciiCanonical(_ bytes: UnsafeRawBufferPointer, into output: inout ByteWriter) -> Bool {
        var end = bytes.count
        if end > 0, bytes[end - 1] == UInt8(ascii: ".") { end -= 1 }
        guard end > 0, end <= 253 else { return false }
        return Self.byteKinds.withUnsafeBufferPointer { kinds in
            var labelStart = 0
            var labelAllDigits = true
            var previous: UInt8 = 4
            for index in 0..<end {
                let byte = bytes[index]
                let kind = kinds[Int(byte)]
                if kind >= 0x80 {
                    labelAllDigits = false
                    output.append(kind & 0x7F)
                } else {
                    switch kind {
                    case 1:
                        output.append(byte)
                    case 3:
                        guard previous != 4 else { return false }
                        labelAllDigits = false
                        output.append(byte)
                    case 4:
                        guard previous != 4, previous != 3, index - labelStart <= 63 else { return false }
                        labelStart = index + 1
                        labelAllDigits = true
                        output.append(byte)
                    default:
                        return false
                    }
                }
                previous = kind >= 0x80 ? 2 : kind
            }
            return previous != 3 && end - labelStart <= 63 && !labelAllDigits
        }
    }

    /// Lowercases, NFC-normalises and punycode-encodes the non-ASCII labels of `text`, then checks it as ASCII.
    static func unicodeCanonical(_ text: String, into output: inout ByteWriter) -> Bool {
        let normalized = text.lowercased().precomposedStringWithCanonicalMapping
        var ascii: [UInt8] = []
        var label: [Unicode.Scalar] = []
        func flushLabel() -> Bool {
            if label.allSatisfy(\.isASCII) {
                for scalar in label { ascii.append(UInt8(scalar.value)) }
            } else {
                guard let encoded = Punycode.encode(label) else { return false }
                ascii.append(contentsOf: "xn--".utf8)
                ascii.append(contentsOf: encoded)
            }
            label.removeAll()
            return true
        }
        for scalar in normalized.unicodeScalars {
            switch scalar {
            case ".", "\u{3002}", "\u{FF0E}", "\u{FF61}":
                guard flushLabel() else { return false }
                ascii.append(UInt8(ascii: "."))
            default:
                label.append(scalar)
            }
        }
        guard flushLabel() else { return false }
        return ascii.withUnsafeBytes { Self.asciiCanonical($0, into: &output) }
    }
}
