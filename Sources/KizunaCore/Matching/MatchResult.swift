/// The answer to a match request: the readable indicators that matched, and the sightings stored.
public struct MatchResult: Sendable {
    public let matches: [IndicatorMatch]
    /// Ids of the `sighting` objects recorded for the requester (empty unless asked for).
    public let sightingIDs: [String]

    public init(matches: [IndicatorMatch], sightingIDs: [String]) {
        self.matches = matches
        self.sightingIDs = sightingIDs
    }
}
