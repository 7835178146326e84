public import Foundation

/// Persistence for members and shared objects. Implementations: SQLite (GRDB), PostgreSQL.
///
/// Every object read takes a ``ReadScope`` and applies it inside the query; a store never returns
/// an object outside it. Writes return only after their transaction commits.
public protocol Store: Sendable {
    // MARK: Organisations
    func createOrganisation(_ new: NewOrganisation) async throws -> Organisation
    func organisations() async throws -> [Organisation]
    func organisation(id: Organisation.ID) async throws -> Organisation?
    func organisation(named name: String) async throws -> Organisation?
    func updateOrganisation(_ organisation: Organisation) async throws

    // MARK: Users and keys
    func createUser(_ new: NewUser) async throws -> User
    func users(in organisationID: Organisation.ID?) async throws -> [User]
    func user(id: User.ID) async throws -> User?
    func user(named name: String) async throws -> User?
    func createAPIKey(_ new: NewAPIKey) async throws -> APIKey
    func apiKey(prefix: String) async throws -> APIKey?
    func apiKeys(userIDs: [User.ID]?) async throws -> [APIKey]
    func revokeAPIKey(prefix: String, at: Date) async throws -> Bool
    /// A key with its user and the sharing groups of the user's organisation, read at once
    /// (every authenticated request needs all three).
    func credentials(prefix: String) async throws -> Credentials?

    // MARK: Sharing groups
    func createGroup(name: String, description: String?, members: [Organisation.ID]) async throws -> SharingGroup
    func groups() async throws -> [SharingGroup]
    func group(named name: String) async throws -> SharingGroup?
    func setGroupMembers(_ groupID: SharingGroup.ID, members: [Organisation.ID]) async throws
    func groupIDs(of organisationID: Organisation.ID) async throws -> [SharingGroup.ID]

    // MARK: Objects
    /// Stores each candidate as a new version owned by `owner` for `audience`, in one transaction,
    /// and records `audit` in the same transaction, with `receipt` rendered from the outcomes when
    /// there is one.
    func ingest(
        _ candidates: [IngestCandidate], owner: Organisation.ID, audience: Audience, audit: AuditEntry, receipt: IngestReceipt?
    ) async throws -> [IngestOutcome]
    /// The latest (or every) version matching `query`, in sequence order, inside `scope`.
    func objects(_ query: ObjectQuery, scope: ReadScope) async throws -> ObjectPage
    /// How many objects match `query` inside `scope`, per type.
    func countByType(_ query: ObjectQuery, scope: ReadScope) async throws -> [String: Int]
    /// Every version of one object inside `scope`, oldest first.
    func versions(of id: String, scope: ReadScope) async throws -> [StoredObject]
    /// Every stored version of `type` with a sequence above `afterSequence`, oldest first, at most
    /// `limit`, whoever owns it, revoked or superseded included: the change feed that in-memory
    /// indexes (the indicator catalog) follow. Never a requester's read path: what such an index
    /// finds is read back through ``objects(_:scope:)`` with the requester's scope.
    func objectChanges(type: String, afterSequence: Int64, limit: Int) async throws -> [StoredObject]
    /// How many times stored versions have been deleted. A deletion can make an older version the
    /// latest again without a new sequence, so an index following ``objectChanges(type:afterSequence:limit:)``
    /// rebuilds when this moves.
    func objectDeletions() async throws -> Int64
    /// The total number of stored versions, for metrics.
    func storedVersionCount() async throws -> Int

    /// Deletes the versions of `id` owned by `owner` that `query` selects (its audience and
    /// version filters), keeping the latest flag right, and records `audit`; returns how many.
    func deleteVersions(of id: String, owner: Organisation.ID, matching query: ObjectQuery, audit: AuditEntry) async throws -> Int

    // MARK: Instance

    /// What a requester's TAXII collections are made from, read at once: its organisation, the
    /// sharing groups it is in (without their members) and the instance's own organisation.
    func collectionContext(organisationID: Organisation.ID) async throws -> CollectionContext

    /// The instance's own organisation: the coordinating body, created on an empty store.
    func instanceOrganisationID() async throws -> Organisation.ID?
    func setInstanceOrganisationID(_ id: Organisation.ID) async throws

    // MARK: TAXII status resources

    /// Keeps the status resource of a TAXII write for the organisation that made it.
    func saveStatus(id: String, organisationID: Organisation.ID, json: [UInt8]) async throws
    /// A stored status resource, only for the organisation that made the write.
    func status(id: String, organisationID: Organisation.ID) async throws -> [UInt8]?

    // MARK: TAXII pull bookmarks

    /// The `added_after` bookmark of an organisation's pulls from a remote collection.
    func pullBookmark(source: String, organisationID: Organisation.ID) async throws -> String?
    func setPullBookmark(_ addedAfter: String, source: String, organisationID: Organisation.ID) async throws

    // MARK: Audit
    func appendAudit(_ entry: AuditEntry) async throws
    func auditLog(afterSequence: Int64?, limit: Int) async throws -> [AuditEntry]
}

extension Store {
    /// Stores candidates as ``ingest(_:owner:audience:audit:receipt:)`` does, without a receipt.
    public func ingest(
        _ candidates: [IngestCandidate], owner: Organisation.ID, audience: Audience, audit: AuditEntry
    ) async throws -> [IngestOutcome] {
        try await self.ingest(candidates, owner: owner, audience: audience, audit: audit, receipt: nil)
    }
}
