/// STIX identifiers: `type--UUID`, with an RFC 4122 UUID.
public enum STIXIdentifier {
    /// Whether `id` is `type--UUID` with a valid object type name and an RFC 4122 UUID (variant
    /// `8`–`b`), and, when `forType` is given, whether its type part equals `forType`.
    ///
    /// Any UUID version is accepted: the spec only says SDO and SRO ids SHOULD be version 4.
    /// Uppercase hex digits are accepted because RFC 4122 makes UUIDs case-insensitive on input
    /// (the validator warns about them); identifiers made here are always lowercase.
    public static func isValid(_ id: String, forType type: String?) -> Bool {
        guard let parsed = Self.parse(id) else { return false }
        if let type { return parsed.type == type }
        return true
    }

    /// Splits `id` into its type and UUID, or returns `nil` when it is not a valid identifier.
    public static func parse(_ id: String) -> (type: String, uuid: String)? {
        let utf8 = id.utf8
        guard utf8.count >= 36 + 2 + 3 else { return nil }
        let uuidStart = utf8.index(utf8.endIndex, offsetBy: -36)
        let separatorStart = utf8.index(uuidStart, offsetBy: -2)
        guard utf8[separatorStart] == UInt8(ascii: "-"), utf8[utf8.index(after: separatorStart)] == UInt8(ascii: "-")
        else { return nil }
        let type = String(id[..<separatorStart])
        let uuid = String(id[uuidStart...])
        guard Self.isValidTypeName(type), UUIDText.isValid(uuid) else { return nil }
        return (type, uuid)
    }

    /// Whether `type` is a valid STIX type name: 3–250 characters of `a–z`, `0–9` and `-`,
    /// starting with a letter and without `--`.
    public static func isValidTypeName(_ type: String) -> Bool {
        let bytes = Array(type.utf8)
        guard (3...250).contains(bytes.count), let first = bytes.first,
            first >= UInt8(ascii: "a") && first <= UInt8(ascii: "z")
        else { return false }
        var previous: UInt8 = 0
        for byte in bytes {
            let allowed =
                (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z"))
                || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")) || byte == UInt8(ascii: "-")
            guard allowed, !(byte == UInt8(ascii: "-") && previous == UInt8(ascii: "-")) else { return false }
            previous = byte
        }
        return true
    }

    /// A new identifier `type--<random UUIDv4>`.
    public static func make(type: String) -> String {
        "\(type)--\(UUIDText.randomV4())"
    }

    /// The type part of `id` (everything before the final `--UUID`), or `nil` when `id` is invalid.
    public static func type(of id: String) -> String? {
        Self.parse(id)?.type
    }
}
