public import STIX

/// Which versions of each object a query returns: TAXII's `match[version]`, which may combine
/// `last`, `first`, `all` and particular `modified` timestamps.
public struct VersionMatch: Sendable, Hashable {
    public var last: Bool
    public var first: Bool
    public var all: Bool
    public var timestamps: [Timestamp]

    public init(last: Bool = false, first: Bool = false, all: Bool = false, timestamps: [Timestamp] = []) {
        self.last = last
        self.first = first
        self.all = all
        self.timestamps = timestamps
    }

    /// The newest version of each object (the default).
    public static let latest = VersionMatch(last: true)
    /// Every version.
    public static let every = VersionMatch(all: true)

    /// Parses a comma-separated `match[version]` value; nil names the first bad item in `error`.
    public static func parse(_ text: String) -> Result<VersionMatch, VersionMatchError> {
        var match = VersionMatch()
        for item in text.split(separator: ",", omittingEmptySubsequences: false).map(String.init) {
            switch item {
            case "last": match.last = true
            case "first": match.first = true
            case "all": match.all = true
            default:
                guard let timestamp = Timestamp(item) else { return .failure(VersionMatchError(item: item)) }
                match.timestamps.append(timestamp)
            }
        }
        return .success(match)
    }
}

/// A `match[version]` item that is neither `last`, `first`, `all` nor an RFC 3339 timestamp.
public struct VersionMatchError: Error, Sendable, Hashable {
    public let item: String
}
