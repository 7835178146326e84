/// Who is asking: the authenticated user, its organisation and that organisation's groups.
public struct Requester: Sendable, Hashable {
    public let userID: User.ID
    public let userName: String
    public let role: Role
    public let organisationID: Organisation.ID
    public let groupIDs: [SharingGroup.ID]
    /// The prefix of the API key used, for logs and the audit trail.
    public let keyPrefix: String?

    public init(
        userID: User.ID, userName: String, role: Role, organisationID: Organisation.ID,
        groupIDs: [SharingGroup.ID], keyPrefix: String?
    ) {
        self.userID = userID
        self.userName = userName
        self.role = role
        self.organisationID = organisationID
        self.groupIDs = groupIDs
        self.keyPrefix = keyPrefix
    }

    /// The visibility predicate for this requester.
    public var readScope: ReadScope { VisibilityRule.readScope(for: self) }
}
