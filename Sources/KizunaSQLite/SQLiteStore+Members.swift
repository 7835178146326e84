public import Foundation
import GRDB
public import KizunaCore

extension SQLiteStore {
    public func createOrganisation(_ new: NewOrganisation) async throws -> Organisation {
        try await self.writer.write { db in
            let now = Date()
            try db.execute(
                sql: """
                    INSERT INTO organisation (name, sector, subsector, country, identity_id, identity_json, created_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?)
                    """,
                arguments: [
                    new.name, new.sector.rawValue, new.subsector, new.country, new.identityID, Data(new.identityJSON),
                    now.timeIntervalSince1970,
                ])
            return Organisation(
                id: db.lastInsertedRowID, name: new.name, sector: new.sector, subsector: new.subsector,
                country: new.country, identityID: new.identityID, createdAt: now)
        }
    }

    public func organisations() async throws -> [Organisation] {
        try await self.writer.read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM organisation ORDER BY id").map(Self.organisation)
        }
    }

    public func organisation(id: Organisation.ID) async throws -> Organisation? {
        try await self.writer.read { db in
            try Row.fetchOne(db, sql: "SELECT * FROM organisation WHERE id = ?", arguments: [id]).map(Self.organisation)
        }
    }

    public func organisation(named name: String) async throws -> Organisation? {
        try await self.writer.read { db in
            try Row.fetchOne(db, sql: "SELECT * FROM organisation WHERE name = ?", arguments: [name]).map(Self.organisation)
        }
    }

    public func updateOrganisation(_ organisation: Organisation) async throws {
        try await self.writer.write { db in
            try db.execute(
                sql: "UPDATE organisation SET name = ?, sector = ?, subsector = ?, country = ? WHERE id = ?",
                arguments: [
                    organisation.name, organisation.sector.rawValue, organisation.subsector, organisation.country,
                    organisation.id,
                ])
        }
    }

    public func createUser(_ new: NewUser) async throws -> User {
        try await self.writer.write { db in
            let now = Date()
            try db.execute(
                sql: "INSERT INTO user (organisation_id, name, email, role, created_at) VALUES (?, ?, ?, ?, ?)",
                arguments: [new.organisationID, new.name, new.email, new.role.rawValue, now.timeIntervalSince1970])
            return User(
                id: db.lastInsertedRowID, organisationID: new.organisationID, name: new.name, email: new.email,
                role: new.role, createdAt: now)
        }
    }

    public func users(in organisationID: Organisation.ID?) async throws -> [User] {
        try await self.writer.read { db in
            if let organisationID {
                return try Row.fetchAll(
                    db, sql: "SELECT * FROM user WHERE organisation_id = ? ORDER BY id", arguments: [organisationID]
                ).map(Self.user)
            }
            return try Row.fetchAll(db, sql: "SELECT * FROM user ORDER BY id").map(Self.user)
        }
    }

    public func user(id: User.ID) async throws -> User? {
        try await self.writer.read { db in
            try Row.fetchOne(db, sql: "SELECT * FROM user WHERE id = ?", arguments: [id]).map(Self.user)
        }
    }

    public func user(named name: String) async throws -> User? {
        try await self.writer.read { db in
            try Row.fetchOne(db, sql: "SELECT * FROM user WHERE name = ?", arguments: [name]).map(Self.user)
        }
    }

    public func createAPIKey(_ new: NewAPIKey) async throws -> APIKey {
        try await self.writer.write { db in
            let now = Date()
            try db.execute(
                sql: """
                    INSERT INTO api_key (user_id, prefix, secret_hash, label, created_at, expires_at)
                    VALUES (?, ?, ?, ?, ?, ?)
                    """,
                arguments: [
                    new.userID, new.prefix, Data(new.secretHash), new.label, now.timeIntervalSince1970,
                    new.expiresAt?.timeIntervalSince1970,
                ])
            return APIKey(
                id: db.lastInsertedRowID, userID: new.userID, prefix: new.prefix, secretHash: new.secretHash,
                label: new.label, createdAt: now, expiresAt: new.expiresAt, revokedAt: nil)
        }
    }

    public func apiKey(prefix: String) async throws -> APIKey? {
        try await self.writer.read { db in
            try Row.fetchOne(db, sql: "SELECT * FROM api_key WHERE prefix = ?", arguments: [prefix]).map(Self.apiKey)
        }
    }

    public func apiKeys(userIDs: [User.ID]?) async throws -> [APIKey] {
        try await self.writer.read { db in
            guard let userIDs else {
                return try Row.fetchAll(db, sql: "SELECT * FROM api_key ORDER BY id").map(Self.apiKey)
            }
            guard !userIDs.isEmpty else { return [] }
            let marks = Array(repeating: "?", count: userIDs.count).joined(separator: ", ")
            return try Row.fetchAll(
                db, sql: "SELECT * FROM api_key WHERE user_id IN (\(marks)) ORDER BY id",
                arguments: StatementArguments(userIDs)
            ).map(Self.apiKey)
        }
    }

    public func credentials(prefix: String) async throws -> Credentials? {
        try self.shortRead { db in
            guard let keyRow = try Row.fetchOne(db.cachedStatement(sql: "SELECT * FROM api_key WHERE prefix = ?"), arguments: [prefix]) else {
                return nil
            }
            let key = try Self.apiKey(keyRow)
            guard let userRow = try Row.fetchOne(db.cachedStatement(sql: "SELECT * FROM user WHERE id = ?"), arguments: [key.userID]) else {
                return nil
            }
            let user = try Self.user(userRow)
            let collections = try Self.collectionContext(db, organisationID: user.organisationID)
            return Credentials(key: key, user: user, groupIDs: collections.groups.map(\.id), collections: collections)
        }
    }

    public func collectionContext(organisationID: Organisation.ID) async throws -> CollectionContext {
        try await self.writer.read { db in try Self.collectionContext(db, organisationID: organisationID) }
    }

    private static func collectionContext(_ db: Database, organisationID: Organisation.ID) throws -> CollectionContext {
        let organisation = try Row.fetchOne(db.cachedStatement(sql: "SELECT * FROM organisation WHERE id = ?"), arguments: [organisationID])
            .map(Self.organisation)
        let groups = try Row.fetchAll(
            db.cachedStatement(
                sql: """
                    SELECT sharing_group.* FROM sharing_group
                    JOIN sharing_group_member ON sharing_group_member.group_id = sharing_group.id
                    WHERE sharing_group_member.organisation_id = ? ORDER BY sharing_group.id
                    """),
            arguments: [organisationID]
        ).map { Self.group($0, members: []) }
        let instance = try String.fetchOne(db.cachedStatement(sql: "SELECT value FROM setting WHERE key = 'instance_organisation'"))
            .flatMap { Organisation.ID($0) }
        return CollectionContext(organisation: organisation, groups: groups, instanceOrganisationID: instance)
    }

    public func revokeAPIKey(prefix: String, at date: Date) async throws -> Bool {
        try await self.writer.write { db in
            try db.execute(
                sql: "UPDATE api_key SET revoked_at = ? WHERE prefix = ? AND revoked_at IS NULL",
                arguments: [date.timeIntervalSince1970, prefix])
            return db.changesCount > 0
        }
    }

    public func createGroup(name: String, description: String?, members: [Organisation.ID]) async throws -> SharingGroup {
        try await self.writer.write { db in
            let now = Date()
            try db.execute(
                sql: "INSERT INTO sharing_group (name, description, created_at) VALUES (?, ?, ?)",
                arguments: [name, description, now.timeIntervalSince1970])
            let id = db.lastInsertedRowID
            try Self.insertMembers(db, group: id, members: members)
            return SharingGroup(id: id, name: name, description: description, members: members, createdAt: now)
        }
    }

    public func groups() async throws -> [SharingGroup] {
        try await self.writer.read { db in
            // All members in one query, not one query per group.
            var members: [SharingGroup.ID: [Organisation.ID]] = [:]
            for row in try Row.fetchAll(
                db, sql: "SELECT group_id, organisation_id FROM sharing_group_member ORDER BY group_id, organisation_id")
            {
                members[row["group_id"], default: []].append(row["organisation_id"])
            }
            return try Row.fetchAll(db, sql: "SELECT * FROM sharing_group ORDER BY id").map { row in
                Self.group(row, members: members[row["id"]] ?? [])
            }
        }
    }

    public func group(named name: String) async throws -> SharingGroup? {
        try await self.writer.read { db in
            try Row.fetchOne(db, sql: "SELECT * FROM sharing_group WHERE name = ?", arguments: [name]).map {
                try Self.group(db, $0)
            }
        }
    }

    public func setGroupMembers(_ groupID: SharingGroup.ID, members: [Organisation.ID]) async throws {
        try await self.writer.write { db in
            try db.execute(sql: "DELETE FROM sharing_group_member WHERE group_id = ?", arguments: [groupID])
            try Self.insertMembers(db, group: groupID, members: members)
        }
    }

    public func groupIDs(of organisationID: Organisation.ID) async throws -> [SharingGroup.ID] {
        try await self.writer.read { db in
            try SharingGroup.ID.fetchAll(
                db, sql: "SELECT group_id FROM sharing_group_member WHERE organisation_id = ? ORDER BY group_id",
                arguments: [organisationID])
        }
    }

    private static func insertMembers(_ db: Database, group: SharingGroup.ID, members: [Organisation.ID]) throws {
        for member in members {
            try db.execute(
                sql: "INSERT OR IGNORE INTO sharing_group_member (group_id, organisation_id) VALUES (?, ?)",
                arguments: [group, member])
        }
    }

    private static func organisation(_ row: Row) throws -> Organisation {
        Organisation(
            id: row["id"], name: row["name"], sector: Sector(rawValue: row["sector"]) ?? .other,
            subsector: row["subsector"], country: row["country"], identityID: row["identity_id"],
            createdAt: Date(timeIntervalSince1970: row["created_at"]))
    }

    private static func user(_ row: Row) throws -> User {
        User(
            id: row["id"], organisationID: row["organisation_id"], name: row["name"], email: row["email"],
            role: Role(rawValue: row["role"]) ?? .reader, createdAt: Date(timeIntervalSince1970: row["created_at"]))
    }

    private static func apiKey(_ row: Row) throws -> APIKey {
        let hash: Data = row["secret_hash"]
        let expires: Double? = row["expires_at"]
        let revoked: Double? = row["revoked_at"]
        return APIKey(
            id: row["id"], userID: row["user_id"], prefix: row["prefix"], secretHash: Array(hash), label: row["label"],
            createdAt: Date(timeIntervalSince1970: row["created_at"]),
            expiresAt: expires.map(Date.init(timeIntervalSince1970:)),
            revokedAt: revoked.map(Date.init(timeIntervalSince1970:)))
    }

    private static func group(_ db: Database, _ row: Row) throws -> SharingGroup {
        let members = try Organisation.ID.fetchAll(
            db, sql: "SELECT organisation_id FROM sharing_group_member WHERE group_id = ? ORDER BY organisation_id",
            arguments: [row["id"] as SharingGroup.ID])
        return Self.group(row, members: members)
    }

    /// A group from its row; `members` empty when the caller does not need them.
    static func group(_ row: Row, members: [Organisation.ID]) -> SharingGroup {
        SharingGroup(
            id: row["id"], name: row["name"], description: row["description"], members: members,
            createdAt: Date(timeIntervalSince1970: row["created_at"]))
    }
}
