import Crypto

/// Lowercase textual UUIDs: checking, random version 4 and name-based version 5.
public enum UUIDText {
    /// Whether `text` is `8-4-4-4-12` hex digits with the RFC 4122 variant (`8`–`b`).
    ///
    /// RFC 4122 §3 says hex digits are output in lowercase but are case-insensitive on input, and
    /// the OASIS STIX 2.1 JSON schema accepts both, so uppercase digits are accepted here.
    public static func isValid(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        guard bytes.count == 36 else { return false }
        for (index, byte) in bytes.enumerated() {
            switch index {
            case 8, 13, 18, 23:
                guard byte == UInt8(ascii: "-") else { return false }
            default:
                let isHex =
                    (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9"))
                    || (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "f"))
                    || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "F"))
                guard isHex else { return false }
            }
        }
        let variant = bytes[19] | 0x20  // lowercase
        return variant == UInt8(ascii: "8") || variant == UInt8(ascii: "9") || variant == UInt8(ascii: "a")
            || variant == UInt8(ascii: "b")
    }

    /// Whether a valid UUID text uses only lowercase hex digits, as RFC 4122 output must.
    static func isLowercase(_ text: String) -> Bool {
        !text.utf8.contains { $0 >= UInt8(ascii: "A") && $0 <= UInt8(ascii: "F") }
    }

    /// The version digit of a valid UUID text.
    static func version(of text: String) -> Int? {
        let bytes = Array(text.utf8)
        guard bytes.count == 36 else { return nil }
        return Int(String(UnicodeScalar(bytes[14])), radix: 16)
    }

    /// A random version 4 UUID.
    static func randomV4() -> String {
        var generator = SystemRandomNumberGenerator()
        var bytes = (0..<16).map { _ in UInt8.random(in: 0...255, using: &generator) }
        bytes[6] = (bytes[6] & 0x0F) | 0x40
        bytes[8] = (bytes[8] & 0x3F) | 0x80
        return Self.format(bytes)
    }

    /// The version 5 UUID of `name` in `namespace` (RFC 4122 §4.3, SHA-1).
    public static func v5(namespace: String, name: [UInt8]) -> String {
        var hasher = Insecure.SHA1()
        hasher.update(data: Self.bytes(of: namespace))
        hasher.update(data: name)
        var bytes = Array(hasher.finalize().prefix(16))
        bytes[6] = (bytes[6] & 0x0F) | 0x50
        bytes[8] = (bytes[8] & 0x3F) | 0x80
        return Self.format(bytes)
    }

    /// The 16 bytes of a textual UUID.
    static func bytes(of text: String) -> [UInt8] {
        let hex = text.utf8.filter { $0 != UInt8(ascii: "-") }
        var bytes: [UInt8] = []
        var index = 0
        while index + 1 < hex.count {
            let pair = String(decoding: hex[index...(index + 1)], as: UTF8.self)
            bytes.append(UInt8(pair, radix: 16) ?? 0)
            index += 2
        }
        return bytes
    }

    /// The `8-4-4-4-12` text of 16 bytes.
    static func format(_ bytes: [UInt8]) -> String {
        [0..<4, 4..<6, 6..<8, 8..<10, 10..<16].map { Hex.lowercase(bytes[$0]) }.joined(separator: "-")
    }
}
