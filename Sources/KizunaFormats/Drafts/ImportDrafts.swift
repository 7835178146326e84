import STIXPatterns

/// What an import would create, before the user confirms: drafts from free text or CSV, and the STIX indicator of a
/// confirmed draft.
public enum ImportDrafts {
    /// Free text (an advisory, an e-mail): extract with ObservableExtractor (refangs), deduplicate, apply
    /// warning lists (hits are skipped unless `force`).
    ///
    /// Drafts come in order of first appearance; a value seen again adds a source to its draft. A URL also yields its
    /// host, an e-mail address its domain (as `ObservableExtractor` reports them).
    public static func fromText(_ text: String, warningLists: WarningListSet, force: Bool) -> [ImportDraft] {
        var extractor = ObservableExtractor()
        var collector = DraftCollector(warningLists: warningLists, force: force)
        for observable in extractor.observables(in: text) {
            collector.add(observable.kind, observable.value, at: .text(line: observable.line, column: observable.column))
        }
        return collector.drafts
    }
}
