import STIX

/// The check a MISP `url`/`uri`/`link` value passes before it becomes a STIX `url` value.
///
/// STIX 2.1 requires a `url` value to be an RFC 3986 URL, scheme included (the OASIS TC kept that
/// rule in cti-stix2 issue #218: a bare host belongs in a `domain-name`). MISP `url` attributes
/// often hold host names, IP addresses or paths instead; those are skipped, never rewritten,
/// because guessing `http://` or `https://` would invent an indicator nobody reported.
enum MISPURLValue {
    /// `value` when it starts with a scheme (`http:`, `hxxp:`, `mailto:` …) and holds no whitespace.
    static func checked(_ value: String) throws(MISPMappingError) -> String {
        guard Self.hasScheme(value) else {
            throw MISPMappingError(
                "'\(value)' is not an absolute URL (no scheme); import it as a domain, hostname, ip or filename attribute"
            )
        }
        guard !value.unicodeScalars.contains(where: { $0.properties.isWhitespace }) else {
            throw MISPMappingError("'\(value)' is not a URL: it contains whitespace")
        }
        guard ValueForm.isAbsoluteURI(value) else { throw MISPMappingError("'\(value)' is not a URL (RFC 3986)") }
        return value
    }

    /// Whether `value` opens with a URI scheme (``ValueForm/hasScheme(_:)``) that is not a `host:port`.
    static func hasScheme(_ value: String) -> Bool {
        guard ValueForm.hasScheme(value), let colon = value.utf8.firstIndex(of: UInt8(ascii: ":")) else { return false }
        // `www.example.com:8080/x` parses as scheme `www.example.com`; a port after the colon gives it away.
        let rest = value.utf8[value.utf8.index(after: colon)...]
        let digits = rest.prefix { Self.isDigit($0) }
        let afterDigits = rest.dropFirst(digits.count).first
        let isPort =
            !digits.isEmpty
            && (afterDigits == nil || afterDigits == UInt8(ascii: "/") || afterDigits == UInt8(ascii: "?") || afterDigits == UInt8(ascii: "#"))
        return !isPort
    }

    private static func isDigit(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
    }
}
