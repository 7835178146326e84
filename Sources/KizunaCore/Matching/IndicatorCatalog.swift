public import STIX
public import STIXPatterns

/// Every active STIX indicator of the instance, whoever owns it, compiled for matching and kept
/// current from the store's change feed (``Store/objectChanges(type:afterSequence:limit:)``).
///
/// New indicators, new versions and revocations are applied incrementally at the next
/// ``refresh(from:)`` (a deletion rebuilds it); validity windows (`valid_from`, `valid_until`) are checked at match time,
/// so an indicator expires without any update. What the catalog finds has not yet passed the
/// visibility rule: ``MatchService`` reads the hits back with the requester's scope.
public actor IndicatorCatalog {
    private var current = CatalogSnapshot()
    /// The store's deletion count the catalog was built with.
    private var deletions: Int64 = 0
    /// How many changed versions one store read brings.
    private let pageSize: Int

    public init(pageSize: Int = 10_000) {
        self.pageSize = pageSize
    }

    /// Applies every indicator version stored since the last refresh: everything the first time,
    /// and again after any deletion (``Store/objectDeletions()``), which the change feed cannot show.
    public func refresh(from store: any Store) async throws {
        let deletions = try await store.objectDeletions()
        if deletions != self.deletions {
            self.current = CatalogSnapshot()
            self.deletions = deletions
        }
        while true {
            let after = self.current.lastSequence
            let changes = try await store.objectChanges(type: "indicator", afterSequence: after, limit: self.pageSize)
            // Another refresh may have applied part of this page while this one waited.
            for object in changes where object.sequence > self.current.lastSequence {
                self.current.lastSequence = object.sequence
                // A version that is already superseded changes nothing: its successor comes later in the feed.
                guard object.isLatest else { continue }
                let entry = CatalogEntry(id: object.id, owner: object.owner)
                if let indicator = (try? JSON.parse(object.json))?.objectValue {
                    self.current.apply(entry, indicator: indicator)
                } else {
                    self.current.remove(entry)
                }
            }
            if changes.count < self.pageSize { return }
        }
    }

    /// A copy of the compiled indicators as they are now, for long scans outside the actor.
    public func snapshot() -> CatalogSnapshot {
        self.current
    }

    /// The indicators valid at `time` that `observations` match, taken as one set; see
    /// ``CatalogSnapshot/match(_:at:)``.
    public func match(_ observations: [Observation], at time: Timestamp) -> [CatalogHit] {
        self.current.match(observations, at: time)
    }

    /// How many indicators are compiled, and how many of those need full evaluation.
    public func counts() -> (indicators: Int, fallback: Int) {
        (self.current.count, self.current.fallbackCount)
    }
}
