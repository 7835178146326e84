import STIX

/// The check a MISP hash value passes before it becomes a STIX `hashes` entry or pattern term.
enum MISPHashValue {
    /// `value` without whitespace (MISP exports wrap long SSDEEP values over lines), when it then has the form of
    /// `algorithm` that STIX requires (``ValueForm``: `MD5` 32 hex digits, `SSDEEP` `[a-zA-Z0-9/+:.]{1,128}` …).
    ///
    /// - Throws: `MISPMappingError` naming the value, the algorithm and the form it lacks.
    static func checked(_ value: String, algorithm: String) throws(MISPMappingError) -> String {
        let compact = String(String.UnicodeScalarView(value.unicodeScalars.filter { !$0.properties.isWhitespace }))
        guard !compact.isEmpty else { throw MISPMappingError("\(algorithm) hash value is empty") }
        guard ValueForm.hasHashForm(compact, algorithm: algorithm) else {
            throw MISPMappingError("'\(compact)' is not a \(algorithm) hash (\(ValueForm.hashForm(of: algorithm) ?? "its form"))")
        }
        return compact
    }
}
