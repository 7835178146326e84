import STIX
import STIXPatterns

extension IntakeService {
    /// An indicator whose `pattern_type` is `stix` must hold a pattern the STIX grammar accepts.
    static func patternIssue(_ object: STIXObject, at path: String) -> ValidationIssue? {
        guard object.type == "indicator", object.properties["pattern_type"]?.stringValue == "stix",
            let pattern = object.properties["pattern"]?.stringValue
        else { return nil }
        do {
            _ = try Pattern.parse(pattern)
            return nil
        } catch {
            return ValidationIssue(path: "\(path).pattern", reason: "invalid STIX pattern: \(error.message)")
        }
    }
}
