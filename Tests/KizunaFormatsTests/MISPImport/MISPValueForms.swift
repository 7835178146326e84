import STIX
import STIXPatterns

/// The forms STIX 2.1 (and the OASIS JSON schemas stix2-validator applies) require of URL values,
/// registry keys and hash values, checked independently of the importer's own code.
enum MISPValueForms {
    /// Per algorithm: allowed characters and length range (the schemas' `hashes-type.json`, plus the other SHA digests).
    static let hashForms: [String: (characters: String, lengths: ClosedRange<Int>)] = {
        let hex = "0123456789abcdefABCDEF"
        let alphanumeric = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
        var forms: [String: (characters: String, lengths: ClosedRange<Int>)] = [
            "SSDEEP": (alphanumeric + "/+:.", 1...128), "TLSH": (alphanumeric, 70...70),
        ]
        let hexLengths = [
            "MD5": 32, "SHA-1": 40, "SHA-224": 56, "SHA-256": 64, "SHA-384": 96, "SHA-512": 128, "SHA3-224": 56, "SHA3-256": 64,
            "SHA3-384": 96, "SHA3-512": 128,
        ]
        for (algorithm, length) in hexLengths { forms[algorithm] = (hex, length...length) }
        return forms
    }()

    /// Whether `value` opens with an RFC 3986 scheme and its `:`.
    static func hasScheme(_ value: String) -> Bool {
        value.prefixMatch(of: /[A-Za-z][A-Za-z0-9+.\-]*:/) != nil
    }

    /// Whether `key` opens with an abbreviated hive (`HKLM`, `hkcu`, …), which STIX 2.1 forbids.
    static func hasAbbreviatedHive(_ key: String) -> Bool {
        key.prefixMatch(of: /(?i)(HKLM|HKCC|HKCR|HKCU|HKU)(\\|\/|:|$)/) != nil
    }

    /// Whether `value` has the form of `algorithm`; an algorithm without a fixed form needs a value without whitespace.
    static func isHash(_ value: String, algorithm: String) -> Bool {
        guard let form = Self.hashForms[algorithm] else {
            return !value.isEmpty && !value.contains(where: \.isWhitespace)
        }
        return form.lengths.contains(value.count) && value.allSatisfy { form.characters.contains($0) }
    }

    /// Every violation of the three forms in `objects`: SCO properties and the comparisons of `stix` indicator patterns.
    static func violations(in objects: [JSONValue]) throws -> [String] {
        var found: [String] = []
        for object in objects {
            let id = object["id"]?.stringValue ?? "?"
            switch object["type"]?.stringValue {
            case "url":
                let value = object["value"]?.stringValue ?? ""
                if !Self.hasScheme(value) { found.append("\(id): url value '\(value)' has no scheme") }
            case "windows-registry-key":
                let key = object["key"]?.stringValue ?? ""
                if Self.hasAbbreviatedHive(key) { found.append("\(id): key '\(key)' has an abbreviated hive") }
            case "indicator" where object["pattern_type"] == "stix":
                let pattern = try Pattern.parse(object["pattern"]?.stringValue ?? "")
                found += Self.comparisons(in: pattern.root).compactMap { Self.violation(of: $0).map { "\(id): \($0)" } }
            default:
                break
            }
            for (algorithm, value) in object["hashes"]?.objectValue ?? JSONObject() {
                let text = value.stringValue ?? ""
                if !Self.isHash(text, algorithm: algorithm) { found.append("\(id): \(algorithm) '\(text)' is not of its form") }
            }
        }
        return found
    }

    static func comparisons(in expression: ObservationExpression) -> [Comparison] {
        switch expression {
        case .observation(let comparison): Self.comparisons(in: comparison)
        case .and(let parts), .or(let parts), .followedBy(let parts): parts.flatMap { Self.comparisons(in: $0) }
        case .qualified(let inner, _): Self.comparisons(in: inner)
        }
    }

    static func comparisons(in expression: ComparisonExpression) -> [Comparison] {
        switch expression {
        case .comparison(let comparison): [comparison]
        case .and(let parts), .or(let parts): parts.flatMap { Self.comparisons(in: $0) }
        }
    }

    /// What is wrong with one pattern comparison's string value, if anything.
    static func violation(of comparison: Comparison) -> String? {
        guard case .string(let value)? = comparison.value else { return nil }
        let path = comparison.path
        let last = path.steps.last.flatMap { step -> String? in
            if case .property(let name) = step { return name }
            return nil
        }
        if path.objectType == "url", path.steps == [.property("value")], !Self.hasScheme(value) {
            return "pattern compares \(path) with '\(value)', which has no scheme"
        }
        if path.objectType == "windows-registry-key", path.steps == [.property("key")], Self.hasAbbreviatedHive(value) {
            return "pattern compares \(path) with '\(value)', which has an abbreviated hive"
        }
        let isHashPath = path.steps.count >= 2 && path.steps[path.steps.count - 2] == .property("hashes")
        if isHashPath, let algorithm = last, !Self.isHash(value, algorithm: algorithm) {
            return "pattern compares \(path) with '\(value)', not of its algorithm's form"
        }
        return nil
    }
}
