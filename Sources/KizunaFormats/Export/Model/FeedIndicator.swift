public import STIX

/// What a feed needs of one active STIX indicator: its identity, marking, validity and exact entries.
public struct FeedIndicator: Sendable {
    /// The indicator's STIX id (`indicator--…`).
    public let id: String
    /// The indicator's `name`, if any.
    public let name: String?
    /// The indicator's TLP level.
    public let tlp: TLP
    /// The observables each of which alone satisfies the pattern, in first-seen order, without duplicates.
    public let entries: [FeedEntry]
    /// `valid_from`, if present.
    public let validFrom: Timestamp?
    /// `valid_until`, if present.
    public let validUntil: Timestamp?
    /// `modified`, if present.
    public let modified: Timestamp?
    /// The indicator's `labels`.
    public let labels: [String]

    /// Creates a feed indicator from its parts.
    public init(
        id: String, name: String?, tlp: TLP, entries: [FeedEntry], validFrom: Timestamp? = nil, validUntil: Timestamp? = nil,
        modified: Timestamp? = nil, labels: [String] = []
    ) {
        self.id = id
        self.name = name
        self.tlp = tlp
        self.entries = entries
        self.validFrom = validFrom
        self.validUntil = validUntil
        self.modified = modified
        self.labels = labels
    }
}
