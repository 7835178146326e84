import STIXPatterns

/// Gathers drafts in input order, merging repeated values into one draft with all their sources, and decides each
/// new value against the warning lists.
struct DraftCollector {
    /// The warning lists values are checked against.
    let warningLists: WarningListSet
    /// Whether warning-list hits are created anyway.
    let force: Bool
    /// The drafts so far, each with only its first source.
    private var firstSeen: [ImportDraft] = []
    /// Every source of each draft, parallel to `firstSeen`.
    private var sources: [[DraftSource]] = []
    /// The position in `drafts` of each kind and value seen.
    private var positions: [DraftKey: Int] = [:]

    /// A collector checking against `warningLists`.
    init(warningLists: WarningListSet, force: Bool) {
        self.warningLists = warningLists
        self.force = force
    }

    /// Adds canonical `value` of `kind` seen at `source`.
    mutating func add(_ kind: ObservableKind, _ value: String, at source: DraftSource) {
        let key = DraftKey(kind: kind, value: value, valid: true)
        if self.merge(key, source) { return }
        let warnings = self.warningLists.hits(kind, value)
        var decision = DraftDecision.create
        if let first = warnings.first, !self.force {
            let more = warnings.count > 1 ? " and \(warnings.count - 1) more list\(warnings.count > 2 ? "s" : "")" : ""
            decision = .skipped("on warning list \(first)\(more); import with force to create it anyway")
        }
        self.append(key, ImportDraft(kind: kind, value: value, sources: [source], decision: decision, warnings: warnings))
    }

    /// Adds `text`, which is not a valid value of `kind`, as a draft skipped for `reason`.
    mutating func addInvalid(_ kind: ObservableKind, _ text: String, at source: DraftSource, reason: String) {
        let key = DraftKey(kind: kind, value: text, valid: false)
        if self.merge(key, source) { return }
        self.append(key, ImportDraft(kind: kind, value: text, sources: [source], decision: .skipped(reason), warnings: []))
    }

    /// The drafts, in order of first appearance, with all their sources.
    var drafts: [ImportDraft] {
        zip(self.firstSeen, self.sources).map { draft, sources in
            ImportDraft(kind: draft.kind, value: draft.value, sources: sources, decision: draft.decision, warnings: draft.warnings)
        }
    }

    /// Adds `source` to the draft of `key` if there is one.
    private mutating func merge(_ key: DraftKey, _ source: DraftSource) -> Bool {
        guard let position = self.positions[key] else { return false }
        self.sources[position].append(source)
        return true
    }

    private mutating func append(_ key: DraftKey, _ draft: ImportDraft) {
        self.positions[key] = self.firstSeen.count
        self.firstSeen.append(draft)
        self.sources.append(draft.sources)
    }
}

/// A draft's identity: kind, value, and whether the value was valid.
private struct DraftKey: Hashable {
    let kind: ObservableKind
    let value: String
    let valid: Bool
}
