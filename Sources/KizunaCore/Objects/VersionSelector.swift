public import STIX

/// Which versions of one object a read asks for.
public enum VersionSelector: Sendable, Hashable {
    case all
    case first
    case last
    case at(Timestamp)

    /// Parses `all`, `first`, `last` or an RFC 3339 timestamp.
    public init?(_ text: String) {
        switch text {
        case "all": self = .all
        case "first": self = .first
        case "last": self = .last
        default:
            guard let timestamp = Timestamp(text) else { return nil }
            self = .at(timestamp)
        }
    }
}
