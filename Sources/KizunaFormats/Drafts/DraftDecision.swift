/// What confirming an import would do with a draft.
public enum DraftDecision: Sendable, Hashable {
    /// Create the indicator.
    case create
    /// Create nothing, for the reason given (a warning-list hit, a value that is not valid for its column's kind).
    case skipped(String)
}
