/// One indicator that matched, before the visibility rule is applied.
public struct CatalogHit: Sendable, Hashable {
    /// The indicator copy that matched.
    public let entry: CatalogEntry
    /// The ids of the observations that bound the match.
    public let observationIDs: [String]

    public init(entry: CatalogEntry, observationIDs: [String]) {
        self.entry = entry
        self.observationIDs = observationIDs
    }
}
