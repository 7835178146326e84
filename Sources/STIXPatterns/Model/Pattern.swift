/// A parsed STIX 2.1 pattern (`pattern_type` `stix`): one observation expression tree.
///
/// Parse text with ``parse(_:)``; ``description`` gives a canonical text form that parses back to the same tree.
public struct Pattern: Sendable, Hashable {
    /// The observation expression the whole pattern consists of.
    public let root: ObservationExpression

    /// Creates a pattern from an already built observation expression.
    public init(root: ObservationExpression) {
        self.root = root
    }

    /// Parses `text` as a STIX 2.1 pattern.
    ///
    /// Follows the STIX 2.1 patterning grammar (keywords are case-sensitive, uppercase) plus the spec's
    /// constraints on literals (RFC 3339 timestamps, base64 and hex binaries, positive qualifier values).
    /// Nesting deeper than ``maximumNestingDepth`` is rejected rather than recursed into.
    /// - Throws: ``PatternSyntaxError`` naming the offset and what was expected there.
    public static func parse(_ text: String) throws(PatternSyntaxError) -> Pattern {
        var parser = try PatternParser(text: text)
        return Pattern(root: try parser.parsePattern())
    }

    /// The deepest nesting of parentheses and brackets ``parse(_:)`` accepts.
    public static let maximumNestingDepth = 256
}
