/// Writing STIX pattern comparison expressions the way misp-stix does.
enum MISPPatternText {
    /// `path = 'value'` with `\` and `'` escaped.
    static func equals(_ path: String, _ value: String) -> String {
        "\(path) = '\(Self.escape(value))'"
    }

    /// A string literal body with `\` and `'` escaped (STIX 2.1 patterning §9.2).
    static func escape(_ value: String) -> String {
        let quote = UInt8(ascii: "'")
        let backslash = UInt8(ascii: "\\")
        guard value.utf8.contains(where: { $0 == quote || $0 == backslash }) else { return value }
        var escaped: [UInt8] = []
        escaped.reserveCapacity(value.utf8.count + 8)
        for byte in value.utf8 {
            if byte == quote || byte == backslash { escaped.append(backslash) }
            escaped.append(byte)
        }
        return String(decoding: escaped, as: UTF8.self)
    }

    /// The observation `[a AND b AND …]` of comparison terms.
    static func observation(_ terms: [String]) -> String {
        "[" + terms.joined(separator: " AND ") + "]"
    }

    /// A hash key as misp-stix writes it in paths: quoted when it holds a `-` (`hashes.'SHA-256'`).
    static func hashPath(_ prefix: String, _ algorithm: String) -> String {
        algorithm.contains("-") ? "\(prefix):hashes.'\(algorithm)'" : "\(prefix):hashes.\(algorithm)"
    }
}
