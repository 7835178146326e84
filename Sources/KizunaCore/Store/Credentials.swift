/// An API key with the user it belongs to, that user's organisation's sharing groups, and what
/// the organisation's collections are made from: all a request needs, read at once.
public struct Credentials: Sendable, Hashable {
    public let key: APIKey
    public let user: User
    public let groupIDs: [SharingGroup.ID]
    public let collections: CollectionContext

    public init(key: APIKey, user: User, groupIDs: [SharingGroup.ID], collections: CollectionContext) {
        self.key = key
        self.user = user
        self.groupIDs = groupIDs
        self.collections = collections
    }
}

/// An authenticated request's requester and what its collections are made from.
public struct Authentication: Sendable, Hashable {
    public let requester: Requester
    public let collections: CollectionContext
}

/// What a requester's collections are made from.
public struct CollectionContext: Sendable, Hashable {
    public let organisation: Organisation?
    /// The sharing groups the organisation is in; `members` is left empty.
    public let groups: [SharingGroup]
    public let instanceOrganisationID: Organisation.ID?

    public init(organisation: Organisation?, groups: [SharingGroup], instanceOrganisationID: Organisation.ID?) {
        self.organisation = organisation
        self.groups = groups
        self.instanceOrganisationID = instanceOrganisationID
    }
}
