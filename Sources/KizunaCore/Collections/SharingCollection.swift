import Foundation

/// A TAXII collection as one requester sees it: a view of the objects shared with one audience.
///
/// Collections are not stored: each requester's list follows from its organisation, its sharing
/// groups and the instance's coordinator. Reading one still goes through the visibility rule.
public struct SharingCollection: Sendable, Hashable {
    /// What a collection holds.
    public enum Kind: Sendable, Hashable {
        /// Objects shared with the whole community (or federation).
        case community
        /// Objects shared with one sharing group.
        case group(SharingGroup.ID)
        /// The requester organisation's objects shared with no one else.
        case organisation(Organisation.ID)
        /// What the coordinator organisation shares with the community.
        case advisories(coordinator: Organisation.ID)
    }

    public let id: String
    public let title: String
    public let description: String
    public let kind: Kind
    public let canRead: Bool
    public let canWrite: Bool

    /// The audience objects written to this collection get.
    public var writeAudience: Audience {
        switch self.kind {
        case .community, .advisories: .community
        case .group(let id): .group(id)
        case .organisation: .organisation
        }
    }

    /// The query filter that selects this collection's objects (the visibility rule is added by the store).
    public func restrict(_ query: ObjectQuery) -> ObjectQuery {
        var query = query
        switch self.kind {
        case .community:
            query.audienceKinds = [.community, .federation]
        case .group(let id):
            query.audienceKinds = [.group]
            query.audienceGroupID = id
        case .organisation(let id):
            query.audienceKinds = [.organisation]
            query.ownerID = id
        case .advisories(let coordinator):
            query.audienceKinds = [.community, .federation]
            query.ownerID = coordinator
        }
        return query
    }
}
