public import Foundation
import STIX

/// Matches members' observables and observations against every indicator they may read.
///
/// The ``IndicatorCatalog`` finds candidate indicators among all of them; the hits are then read
/// back through ``ReadService`` with the requester's scope, so an indicator the requester may not
/// read never appears, not even as a count.
public struct MatchService: Sendable {
    public let store: any Store
    public let catalog: IndicatorCatalog
    /// How many indicator ids one visibility read covers.
    static let idsPerRead = 500

    public init(store: any Store, catalog: IndicatorCatalog) {
        self.store = store
        self.catalog = catalog
    }

    /// Matches `input` for `requester`; with `sightings`, stores a STIX `sighting` of each matched
    /// indicator, owned by the requester and shared with that audience.
    public func match(
        _ input: MatchInput, requester: Requester, sightings audience: AudienceName? = nil, now: Date = Date()
    ) async throws -> MatchResult {
        if audience != nil { try IntakeService.requireWriter(requester) }
        let time = Timestamp(date: now)
        try await self.catalog.refresh(from: self.store)
        var hits: [CatalogHit] = []
        switch input {
        case .observables(let observables):
            for observation in try MatchInput.observations(of: observables, at: time) {
                hits += await self.catalog.match([observation], at: time)
            }
        case .observations(let observations):
            hits = await self.catalog.match(observations, at: time)
        }
        let matches = try await self.readable(hits, requester: requester)
        guard let audience, !matches.isEmpty else { return MatchResult(matches: matches, sightingIDs: []) }
        let sightingIDs = try await self.recordSightings(matches, input: input, requester: requester, audience: audience, now: now)
        return MatchResult(matches: matches, sightingIDs: sightingIDs)
    }

    /// The hits whose indicator copy the requester may read, with what the stored version says.
    private func readable(_ hits: [CatalogHit], requester: Requester) async throws -> [IndicatorMatch] {
        var bindings: [CatalogEntry: [String]] = [:]
        for hit in hits {
            for id in hit.observationIDs where bindings[hit.entry]?.contains(id) != true { bindings[hit.entry, default: []].append(id) }
        }
        let ids = Array(Set(bindings.keys.map(\.id))).sorted()
        let reads = ReadService(store: self.store)
        var matches: [IndicatorMatch] = []
        for start in stride(from: 0, to: ids.count, by: Self.idsPerRead) {
            var query = ObjectQuery()
            query.types = ["indicator"]
            query.ids = Array(ids[start..<min(start + Self.idsPerRead, ids.count)])
            query.limit = 1_000
            while true {
                let page = try await reads.list(query, requester: requester)
                for object in page.objects {
                    guard let matchedBy = bindings[CatalogEntry(id: object.id, owner: object.owner)],
                        let indicator = (try? JSON.parse(object.json))?.objectValue
                    else { continue }
                    matches.append(
                        IndicatorMatch(
                            id: object.id, name: indicator["name"]?.stringValue, tlp: object.tlp, owner: object.owner,
                            pattern: indicator["pattern"]?.stringValue ?? "", matchedBy: matchedBy))
                }
                guard let next = page.nextCursor else { break }
                query.afterSequence = next
            }
        }
        return matches.sorted { ($0.id, $0.owner) < ($1.id, $1.owner) }
    }
}
