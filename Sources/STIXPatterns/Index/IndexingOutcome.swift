/// How ``IndicatorIndex/insert(_:handle:validFrom:validUntil:)`` filed a pattern.
public enum IndexingOutcome: Sendable, Hashable {
    /// Indexed, and a hit on its key proves the match (a single observation of key comparisons joined by `OR`).
    case exact
    /// Indexed under keys every match needs, but a hit must be verified by evaluating the pattern.
    case candidate
    /// No key set is necessary for a match: the caller evaluates the pattern against every observation.
    case fallback
}
