public import KizunaFormats

/// What an export wrote.
public struct ExportSummary: Sendable, Hashable {
    /// Objects written (stix) or indicators with at least one entry written (feeds and misp-feed).
    public var objects = 0
    /// Feed entries (rules' observables, list lines, CSV rows, MISP attributes).
    public var entries = 0
    /// Readable indicators left out: inactive, not a STIX pattern, or with no observable the format can express.
    public var skipped = 0
    /// The observable kinds the feed entries had.
    public var kinds: Set<FeedKind> = []

    public init() {}
}
