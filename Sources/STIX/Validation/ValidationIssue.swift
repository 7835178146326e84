/// One way a STIX object breaks the STIX 2.1 rules, located by a JSON path.
public struct ValidationIssue: Error, Sendable, Hashable, CustomStringConvertible {
    /// How binding the broken rule is.
    public enum Severity: String, Sendable, Hashable {
        /// A MUST of the specification is violated: the object is not conformant.
        case error
        /// A SHOULD of the specification is not followed: the object is conformant but unusual.
        case warning
    }

    /// Where the problem is, e.g. `$.objects[3].valid_from`.
    public let path: String
    /// What is wrong, e.g. `"not an RFC 3339 UTC timestamp"`.
    public let reason: String
    /// Whether a MUST (error) or a SHOULD (warning) is broken.
    public let severity: Severity

    /// Creates an issue, an error unless stated otherwise.
    public init(path: String, reason: String, severity: Severity = .error) {
        self.path = path
        self.reason = reason
        self.severity = severity
    }

    /// `"$.objects[3].valid_from: not an RFC 3339 UTC timestamp"` (warnings are prefixed with `warning: `).
    public var description: String {
        self.severity == .warning ? "warning: \(self.path): \(self.reason)" : "\(self.path): \(self.reason)"
    }
}
