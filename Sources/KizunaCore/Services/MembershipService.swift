public import Foundation
public import STIX

/// Organisations, users, API keys and sharing groups, with the role checks on each change.
public struct MembershipService: Sendable {
    public let store: any Store
    /// Recently authenticated keys, in a server; nil reads the store every time.
    public let cache: CredentialCache?

    public init(store: any Store, cache: CredentialCache? = nil) {
        self.store = store
        self.cache = cache
    }

    // MARK: Authentication

    /// The requester a presented API key stands for, with what its collections are made from.
    /// - Throws: ``KizunaError/unauthenticated(reason:)`` for an unknown, malformed, expired or revoked key.
    public func authenticate(token: String, now: Date = Date()) async throws -> Authentication {
        guard let (prefix, secret) = APIKeySecret.parse(token: token) else {
            throw KizunaError.unauthenticated(reason: "the API key is malformed; keys look like kz_<12 hex>_<43 characters>")
        }
        guard let credentials = try await self.credentials(prefix: prefix),
            APIKeySecret.constantTimeEqual(credentials.key.secretHash, APIKeySecret.hash(secret: secret))
        else {
            throw KizunaError.unauthenticated(reason: "unknown API key kz_\(prefix)")
        }
        let key = credentials.key
        if key.revokedAt != nil { throw KizunaError.unauthenticated(reason: "API key kz_\(prefix) has been revoked") }
        if !key.isUsable(at: now) { throw KizunaError.unauthenticated(reason: "API key kz_\(prefix) has expired") }
        let user = credentials.user
        let requester = Requester(
            userID: user.id, userName: user.name, role: user.role, organisationID: user.organisationID,
            groupIDs: credentials.groupIDs, keyPrefix: prefix)
        return Authentication(requester: requester, collections: credentials.collections)
    }

    private func credentials(prefix: String) async throws -> Credentials? {
        if let cached = self.cache?.credentials(prefix: prefix) { return cached }
        guard let credentials = try await self.store.credentials(prefix: prefix) else { return nil }
        self.cache?.store(credentials, prefix: prefix)
        return credentials
    }

    // MARK: Bootstrap

    /// On an empty store, creates the instance's own organisation and an admin with a key.
    /// - Returns: nil when the store already has organisations.
    public func bootstrap(organisationName: String, country: String) async throws -> (Organisation, User, APIKeySecret)? {
        guard try await self.store.organisations().isEmpty else { return nil }
        let organisation = try await self.createOrganisation(
            name: organisationName, sector: .government, subsector: nil, country: country, by: nil)
        let user = try await self.store.createUser(
            NewUser(organisationID: organisation.id, name: "admin", email: nil, role: .admin))
        let key = try await self.issueKey(for: user.id, label: "bootstrap", expiresAt: nil, by: nil)
        try await self.store.setInstanceOrganisationID(organisation.id)
        try await self.publishPlatformObjects(owner: organisation.id)
        return (organisation, user, key)
    }

    /// The objects every member needs to read shared intelligence: the TLP marking definitions,
    /// the Kizuna identity and the bank-account extension-definition, as TLP:CLEAR for the community.
    public static var platformObjects: [STIXObject] {
        TLPMarking.definitions + [BankAccountExtension.kizunaIdentity, BankAccountExtension.extensionDefinition]
    }

    private func publishPlatformObjects(owner: Organisation.ID) async throws {
        let candidates = Self.platformObjects.enumerated().map { IngestCandidate($1, index: $0, tlp: .clear) }
        let audit = AuditEntry(nil, action: .write, objectIDs: candidates.map(\.id), detail: "platform objects")
        _ = try await self.store.ingest(candidates, owner: owner, audience: .community, audit: audit)
    }

    // MARK: Organisations

    /// Registers an organisation and the STIX identity that represents it. Admins only.
    /// - Parameter identity: the organisation's own STIX identity, when it has one; else one is made.
    public func createOrganisation(
        name: String, sector: Sector, subsector: String?, country: String, identity: STIXObject? = nil,
        by requester: Requester?
    ) async throws -> Organisation {
        try Self.requireAdmin(requester)
        let name = name.trimmingCharacters(in: .whitespaces)
        guard !name.isEmpty, name.count <= 200 else {
            throw KizunaError.invalidInput(path: "name", reason: "an organisation name is 1 to 200 characters")
        }
        guard country.count == 2, country.allSatisfy({ $0.isASCII && $0.isUppercase }) else {
            throw KizunaError.invalidInput(path: "country", reason: "'\(country)' is not an ISO 3166-1 alpha-2 code such as JP or US")
        }
        if try await self.store.organisation(named: name) != nil {
            throw KizunaError.conflict(path: "name", reason: "an organisation named '\(name)' already exists")
        }
        if let identity, identity.type != "identity" {
            throw KizunaError.invalidInput(path: "identity", reason: "expected a STIX identity, not \(identity.type)")
        }
        let identity = identity ?? Self.identity(name: name, sector: sector, country: country)
        let organisation = try await self.store.createOrganisation(
            NewOrganisation(
                name: name, sector: sector, subsector: subsector, country: country, identityID: identity.id,
                identityJSON: identity.json()))
        // Members see who shares: the identity is published to the community as TLP:CLEAR.
        let audit = AuditEntry(requester, action: .write, objectIDs: [identity.id], detail: "identity of \(name)")
        _ = try await self.store.ingest(
            [IngestCandidate(identity, index: 0, tlp: .clear)], owner: organisation.id, audience: .community, audit: audit)
        return organisation
    }

    static func identity(name: String, sector: Sector, country: String) -> STIXObject {
        let now = Timestamp(date: Date()).text
        let value: JSONValue = .object(
            JSONObject([
                ("type", "identity"), ("spec_version", "2.1"), ("id", .string(STIXIdentifier.make(type: "identity"))),
                ("created", .string(now)), ("modified", .string(now)), ("name", .string(name)),
                ("identity_class", "organization"), ("sectors", .array([.string(sector.stixIndustrySector)])),
                ("x_kizuna_country", .string(country)),
            ]))
        // The literal above always has a type and an id.
        return (try? STIXObject(value))!
    }

    // MARK: Users

    /// Adds a user. Admins add anywhere; org-admins only to their own organisation and never as admin.
    public func createUser(
        name: String, email: String?, role: Role, organisationID: Organisation.ID, by requester: Requester?
    ) async throws -> User {
        try Self.requireManager(of: organisationID, requester)
        if let requester, requester.role != .admin, role == .admin {
            throw KizunaError.forbidden(reason: "only an instance admin can create admin users")
        }
        let name = name.trimmingCharacters(in: .whitespaces)
        guard !name.isEmpty, name.count <= 200 else {
            throw KizunaError.invalidInput(path: "name", reason: "a user name is 1 to 200 characters")
        }
        guard try await self.store.organisation(id: organisationID) != nil else {
            throw KizunaError.notFound(what: "organisation \(organisationID)")
        }
        if try await self.store.user(named: name) != nil {
            throw KizunaError.conflict(path: "name", reason: "a user named '\(name)' already exists")
        }
        return try await self.store.createUser(NewUser(organisationID: organisationID, name: name, email: email, role: role))
    }

    // MARK: Keys

    /// Issues a key for a user: to the user itself, its org-admin, or an admin. The token is returned once.
    public func issueKey(for userID: User.ID, label: String?, expiresAt: Date?, by requester: Requester?) async throws
        -> APIKeySecret
    {
        guard let user = try await self.store.user(id: userID) else { throw KizunaError.notFound(what: "user \(userID)") }
        if let requester, requester.userID != userID { try Self.requireManager(of: user.organisationID, requester) }
        if let expiresAt, expiresAt <= Date() {
            throw KizunaError.invalidInput(path: "expires_at", reason: "the expiry must be in the future")
        }
        let secret = APIKeySecret.generate()
        _ = try await self.store.createAPIKey(
            NewAPIKey(userID: userID, prefix: secret.prefix, secretHash: secret.secretHash, label: label, expiresAt: expiresAt))
        return secret
    }

    /// The keys a requester may see: its own, its organisation's for org-admins, all for admins.
    public func keys(visibleTo requester: Requester?) async throws -> [APIKey] {
        guard let requester, requester.role != .admin else { return try await self.store.apiKeys(userIDs: nil) }
        if requester.role == .orgAdmin {
            let users = try await self.store.users(in: requester.organisationID)
            return try await self.store.apiKeys(userIDs: users.map(\.id))
        }
        return try await self.store.apiKeys(userIDs: [requester.userID])
    }

    /// Revokes a key by its prefix; the same people who could issue it may revoke it.
    public func revokeKey(prefix: String, by requester: Requester?) async throws {
        guard let key = try await self.store.apiKey(prefix: prefix),
            try await self.keys(visibleTo: requester).contains(where: { $0.id == key.id })
        else { throw KizunaError.notFound(what: "API key kz_\(prefix)") }
        _ = try await self.store.revokeAPIKey(prefix: prefix, at: Date())
        self.cache?.removeAll()
    }

    // MARK: Sharing groups

    /// Creates a sharing group of existing organisations. Admins only.
    public func createGroup(name: String, description: String?, members: [String], by requester: Requester?) async throws
        -> SharingGroup
    {
        try Self.requireAdmin(requester)
        let name = name.trimmingCharacters(in: .whitespaces)
        guard !name.isEmpty, name.count <= 200, !name.contains(":") else {
            throw KizunaError.invalidInput(path: "name", reason: "a group name is 1 to 200 characters without ':'")
        }
        if try await self.store.group(named: name) != nil {
            throw KizunaError.conflict(path: "name", reason: "a sharing group named '\(name)' already exists")
        }
        let ids = try await self.organisationIDs(named: members)
        defer { self.cache?.removeAll() }
        return try await self.store.createGroup(name: name, description: description, members: ids)
    }

    /// Replaces a group's members. Admins only.
    public func setGroupMembers(group name: String, members: [String], by requester: Requester?) async throws -> SharingGroup {
        try Self.requireAdmin(requester)
        guard let group = try await self.store.group(named: name) else { throw KizunaError.notFound(what: "sharing group '\(name)'") }
        let ids = try await self.organisationIDs(named: members)
        try await self.store.setGroupMembers(group.id, members: ids)
        self.cache?.removeAll()
        return SharingGroup(id: group.id, name: group.name, description: group.description, members: ids, createdAt: group.createdAt)
    }

    private func organisationIDs(named names: [String]) async throws -> [Organisation.ID] {
        var ids: [Organisation.ID] = []
        for (index, name) in names.enumerated() {
            guard let organisation = try await self.store.organisation(named: name) else {
                throw KizunaError.invalidInput(path: "members[\(index)]", reason: "no organisation named '\(name)'")
            }
            if !ids.contains(organisation.id) { ids.append(organisation.id) }
        }
        return ids
    }

    // MARK: Role checks

    /// Passes for the local operator (nil requester, the CLI) and instance admins.
    public static func requireAdmin(_ requester: Requester?) throws(KizunaError) {
        guard let requester else { return }
        guard requester.role == .admin else {
            throw KizunaError.forbidden(reason: "this needs the admin role; you are '\(requester.role.rawValue)'")
        }
    }

    /// Passes for admins and for the org-admins of `organisationID`.
    public static func requireManager(of organisationID: Organisation.ID, _ requester: Requester?) throws(KizunaError) {
        guard let requester, requester.role != .admin else { return }
        guard requester.role == .orgAdmin, requester.organisationID == organisationID else {
            throw KizunaError.forbidden(reason: "this needs the admin role, or org-admin of the organisation concerned")
        }
    }
}
