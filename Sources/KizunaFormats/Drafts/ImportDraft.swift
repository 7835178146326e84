public import STIXPatterns

/// One candidate indicator of an import, before confirmation: the value, where it was seen, and whether it would be
/// created.
public struct ImportDraft: Sendable, Hashable {
    /// The kind of observable.
    public let kind: ObservableKind
    /// The canonical value (for a CSV cell that is not a valid value of its column's kind, the cell as written).
    public let value: String
    /// Every place the value was seen, in input order.
    public let sources: [DraftSource]
    /// Whether confirming creates it; callers may override (for example to create a skipped draft after review).
    public var decision: DraftDecision
    /// The warning lists the value is on.
    public let warnings: [WarningHit]

    /// A draft of `kind` `value`.
    public init(kind: ObservableKind, value: String, sources: [DraftSource], decision: DraftDecision, warnings: [WarningHit]) {
        self.kind = kind
        self.value = value
        self.sources = sources
        self.decision = decision
        self.warnings = warnings
    }
}
