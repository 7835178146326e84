/// The check a MISP hash value passes before it becomes a STIX `hashes` entry or pattern term.
enum MISPHashValue {
    /// The form of each algorithm with a fixed one: hex digits of a given length, or a character set and length range.
    private enum Form {
        case hex(Int)
        case characters(Set<UInt8>, ClosedRange<Int>, String)
    }

    private static let ssdeepCharacters = Set(Array("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789/+:.".utf8))
    private static let alphanumerics = Set(Array("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789".utf8))

    /// Forms as the STIX 2.1 JSON schemas (hashes-type.json) give them, plus the other digests' lengths.
    private static let forms: [String: Form] = [
        "MD5": .hex(32), "SHA-1": .hex(40), "SHA-224": .hex(56), "SHA-256": .hex(64), "SHA-384": .hex(96), "SHA-512": .hex(128),
        "SHA-512/224": .hex(56), "SHA-512/256": .hex(64), "SHA3-224": .hex(56), "SHA3-256": .hex(64), "SHA3-384": .hex(96),
        "SHA3-512": .hex(128), "IMPHASH": .hex(32), "PEHASH": .hex(40), "AUTHENTIHASH": .hex(64),
        "SSDEEP": .characters(Self.ssdeepCharacters, 1...128, "1 to 128 characters of a-z A-Z 0-9 / + : ."),
        "TLSH": .characters(Self.alphanumerics, 70...70, "70 letters and digits"),
    ]

    /// `value` without whitespace (MISP exports wrap long SSDEEP values over lines), when it then has
    /// the form of `algorithm` (`MD5` 32 hex digits, `SHA-256` 64, `SSDEEP` `[a-zA-Z0-9/+:.]{1,128}` …).
    ///
    /// - Throws: `MISPMappingError` naming the value, the algorithm and the form it lacks.
    static func checked(_ value: String, algorithm: String) throws(MISPMappingError) -> String {
        let compact = String(String.UnicodeScalarView(value.unicodeScalars.filter { !$0.properties.isWhitespace }))
        guard !compact.isEmpty else { throw MISPMappingError("\(algorithm) hash value is empty") }
        guard let form = Self.forms[algorithm] else { return compact }
        let bytes = Array(compact.utf8)
        switch form {
        case .hex(let length):
            guard bytes.count == length, bytes.allSatisfy(Self.isHexDigit) else {
                throw MISPMappingError("'\(compact)' is not a \(algorithm) hash (\(length) hexadecimal digits)")
            }
        case .characters(let allowed, let lengths, let description):
            guard lengths.contains(bytes.count), bytes.allSatisfy(allowed.contains) else {
                throw MISPMappingError("'\(compact)' is not a \(algorithm) hash (\(description))")
            }
        }
        return compact
    }

    private static func isHexDigit(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) || (UInt8(ascii: "a")...UInt8(ascii: "f")).contains(byte | 0x20)
    }
}
