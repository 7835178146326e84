/// Who an object is shared with, besides its owner.
public enum Audience: Sendable, Hashable {
    /// The owner organisation only.
    case organisation
    /// The members of one sharing group.
    case group(SharingGroup.ID)
    /// Every member organisation of this instance.
    case community
    /// Every member, and peer instances through federation.
    case federation

    /// The kind of audience, without the group.
    public var kind: AudienceKind {
        switch self {
        case .organisation: .organisation
        case .group: .group
        case .community: .community
        case .federation: .federation
        }
    }

    /// The sharing group, for a group audience.
    public var groupID: SharingGroup.ID? {
        if case .group(let id) = self { return id }
        return nil
    }
}

/// The kind of an ``Audience``, as stored and as named in requests.
public enum AudienceKind: String, Sendable, Hashable, CaseIterable, Codable {
    case organisation
    case group
    case community
    case federation
}

/// An audience as a requester names it: `organisation`, `group:<name>`, `community` or `federation`.
public enum AudienceName: Sendable, Hashable, CustomStringConvertible {
    case organisation
    case group(String)
    case community
    case federation

    /// Parses the request form; nil when it is none of the four.
    public init?(_ text: String) {
        switch text {
        case "organisation", "organization": self = .organisation
        case "community": self = .community
        case "federation": self = .federation
        default:
            guard text.hasPrefix("group:"), text.count > 6 else { return nil }
            self = .group(String(text.dropFirst(6)))
        }
    }

    public var description: String {
        switch self {
        case .organisation: "organisation"
        case .group(let name): "group:\(name)"
        case .community: "community"
        case .federation: "federation"
        }
    }
}
