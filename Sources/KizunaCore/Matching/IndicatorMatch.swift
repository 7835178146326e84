public import STIX

/// An indicator the requester may read that matched, and what matched it.
public struct IndicatorMatch: Sendable, Hashable {
    public let id: String
    public let name: String?
    public let tlp: TLP
    /// The organisation whose copy of the indicator matched.
    public let owner: Organisation.ID
    public let pattern: String
    /// What bound the match: `observables[i]` for observables, observed-data ids for observations.
    public let matchedBy: [String]

    public init(id: String, name: String?, tlp: TLP, owner: Organisation.ID, pattern: String, matchedBy: [String]) {
        self.id = id
        self.name = name
        self.tlp = tlp
        self.owner = owner
        self.pattern = pattern
        self.matchedBy = matchedBy
    }
}
