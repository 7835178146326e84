/// The forms STIX 2.1 requires of some values, shared by validation and by importers that repair or skip values
/// before they become STIX (URLs with a scheme, full registry hive names, hash digests of their algorithm's form).
public enum ValueForm {
    // MARK: URLs

    /// Whether `text` starts with a URI scheme and its colon (`ALPHA *( ALPHA / DIGIT / "+" / "-" / "." ) ":"`,
    /// RFC 3986 §3.1).
    public static func hasScheme(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        guard let colon = bytes.firstIndex(of: UInt8(ascii: ":")), colon > 0, Self.isLetter(bytes[0]) else { return false }
        return bytes[1..<colon].allSatisfy {
            Self.isLetter($0) || Self.isDigit($0) || $0 == UInt8(ascii: "+") || $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: ".")
        }
    }

    /// Whether `text` has a scheme, something after it, and no white space or control characters.
    public static func isAbsoluteURI(_ text: String) -> Bool {
        guard Self.hasScheme(text), let colon = text.utf8.firstIndex(of: UInt8(ascii: ":")) else { return false }
        return text.utf8.index(after: colon) != text.utf8.endIndex && !text.utf8.contains { $0 <= 0x20 || $0 == 0x7F }
    }

    // MARK: Registry hives

    /// Abbreviated Windows registry hive (upper case) → the full name STIX 2.1 requires in `windows-registry-key`.
    public static let registryHives: [String: String] = [
        "HKLM": "HKEY_LOCAL_MACHINE", "HKCU": "HKEY_CURRENT_USER", "HKCR": "HKEY_CLASSES_ROOT", "HKU": "HKEY_USERS",
        "HKCC": "HKEY_CURRENT_CONFIG",
    ]

    /// The abbreviated hive `key` starts with (`HKLM\…`, `hkcu\…`, PowerShell's `HKLM:\…`) and its full name, or nil.
    public static func abbreviatedHive(in key: String) -> (abbreviation: String, full: String)? {
        let hive = key.prefix { $0 != "\\" && $0 != ":" && $0 != "/" }.uppercased()
        return Self.registryHives[hive].map { (hive, $0) }
    }

    /// `key` with an abbreviated hive written in full (`HKLM:\Software` → `HKEY_LOCAL_MACHINE\Software`); other keys
    /// unchanged.
    public static func expandingHive(_ key: String) -> String {
        guard let (abbreviation, full) = Self.abbreviatedHive(in: key) else { return key }
        var rest = key.dropFirst(abbreviation.count)
        if rest.first == ":" { rest = rest.dropFirst() }
        return full + rest
    }

    // MARK: Hashes

    /// The form of a hash algorithm's values: hex digits of one length, or a character set and a length range.
    private enum HashForm {
        case hex(Int)
        case characters(Set<UInt8>, ClosedRange<Int>, String)
    }

    private static let ssdeepCharacters = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789/+:.".utf8)
    private static let alphanumerics = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789".utf8)

    /// Forms as the STIX 2.1 JSON schemas (hashes-type.json) give them, plus the other fixed-length digests.
    private static let hashForms: [String: HashForm] = [
        "MD5": .hex(32), "SHA-1": .hex(40), "SHA-224": .hex(56), "SHA-256": .hex(64), "SHA-384": .hex(96), "SHA-512": .hex(128),
        "SHA-512/224": .hex(56), "SHA-512/256": .hex(64), "SHA3-224": .hex(56), "SHA3-256": .hex(64), "SHA3-384": .hex(96),
        "SHA3-512": .hex(128), "IMPHASH": .hex(32), "PEHASH": .hex(40), "AUTHENTIHASH": .hex(64),
        "SSDEEP": .characters(Self.ssdeepCharacters, 1...128, "1 to 128 characters of a-z A-Z 0-9 / + : ."),
        "TLSH": .characters(Self.alphanumerics, 70...70, "70 letters and digits"),
    ]

    /// The form values of hash `algorithm` must have (`"32 hexadecimal digits"`), or nil when it has none.
    public static func hashForm(of algorithm: String) -> String? {
        switch Self.hashForms[algorithm] {
        case .hex(let length): "\(length) hexadecimal digits"
        case .characters(_, _, let description): description
        case nil: nil
        }
    }

    /// Whether `value` has the form of hash `algorithm` (true for algorithms without one).
    public static func hasHashForm(_ value: String, algorithm: String) -> Bool {
        let bytes = Array(value.utf8)
        switch Self.hashForms[algorithm] {
        case .hex(let length): return bytes.count == length && bytes.allSatisfy(Self.isHexDigit)
        case .characters(let allowed, let lengths, _): return lengths.contains(bytes.count) && bytes.allSatisfy(allowed.contains)
        case nil: return true
        }
    }

    private static func isLetter(_ byte: UInt8) -> Bool {
        (byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "z")
    }

    private static func isDigit(_ byte: UInt8) -> Bool {
        byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
    }

    private static func isHexDigit(_ byte: UInt8) -> Bool {
        Self.isDigit(byte) || ((byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "f"))
    }
}
