/// An API key with the user it belongs to and that user's organisation's sharing groups.
public struct Credentials: Sendable, Hashable {
    public let key: APIKey
    public let user: User
    public let groupIDs: [SharingGroup.ID]

    public init(key: APIKey, user: User, groupIDs: [SharingGroup.ID]) {
        self.key = key
        self.user = user
        self.groupIDs = groupIDs
    }
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
