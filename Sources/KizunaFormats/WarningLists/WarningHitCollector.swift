/// The entries hit while checking one value: at most one per list, sorted by list at the end.
struct WarningHitCollector {
    /// One entry per list hit so far.
    private(set) var references: [EntryReference] = []

    /// Records `reference`; when its list was already hit, keeps the earlier entry unless `replacing`.
    @inline(__always) mutating func add(_ reference: EntryReference, replacing: Bool = false) {
        if let position = self.references.firstIndex(where: { $0.list == reference.list }) {
            if replacing { self.references[position] = reference }
        } else {
            self.references.append(reference)
        }
    }
}
