public import Foundation

/// One line of the audit trail: who did what, to which objects, when.
public struct AuditEntry: Sendable, Hashable, Codable {
    /// What was done.
    public enum Action: String, Sendable, Hashable, Codable {
        case write
        case revoke
        case delete
        case readRestricted = "read-restricted"
        case export
        case admin
    }

    public let sequence: Int64?
    public let at: Date
    public let userID: User.ID?
    public let organisationID: Organisation.ID?
    public let keyPrefix: String?
    public let action: Action
    /// The ids of the objects concerned.
    public let objectIDs: [String]
    public let detail: String

    public init(
        sequence: Int64? = nil, at: Date, userID: User.ID?, organisationID: Organisation.ID?, keyPrefix: String?,
        action: Action, objectIDs: [String], detail: String
    ) {
        self.sequence = sequence
        self.at = at
        self.userID = userID
        self.organisationID = organisationID
        self.keyPrefix = keyPrefix
        self.action = action
        self.objectIDs = objectIDs
        self.detail = detail
    }

    /// An entry for an action by `requester`, now.
    public init(_ requester: Requester?, action: Action, objectIDs: [String], detail: String, at: Date = Date()) {
        self.init(
            at: at, userID: requester?.userID, organisationID: requester?.organisationID,
            keyPrefix: requester?.keyPrefix, action: action, objectIDs: objectIDs, detail: detail)
    }
}
