import STIXPatterns
import Testing

/// Small helpers that parse a pattern and pull out the piece a test looks at.
enum Parsing {
    /// The single comparison of `[text]`.
    static func comparison(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> Comparison {
        let pattern = try Pattern.parse("[\(text)]")
        guard case .observation(.comparison(let comparison)) = pattern.root else {
            Issue.record("expected a single comparison in \(pattern)", sourceLocation: sourceLocation)
            throw ParsingFailure()
        }
        return comparison
    }

    /// The constant of the single comparison `file:x = <literal>`.
    static func value(_ literal: String) throws -> PatternValue? {
        try Self.comparison("file:x = \(literal)").value
    }

    /// The error thrown for `text`, or `nil` when it parses.
    static func error(_ text: String) -> PatternSyntaxError? {
        do {
            _ = try Pattern.parse(text)
            return nil
        } catch {
            return error
        }
    }

    struct ParsingFailure: Error {}
}
