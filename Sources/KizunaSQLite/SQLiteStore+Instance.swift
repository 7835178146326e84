import Foundation
import GRDB
public import KizunaCore

extension SQLiteStore {
    public func instanceOrganisationID() async throws -> Organisation.ID? {
        try await self.writer.read { db in
            try String.fetchOne(db, sql: "SELECT value FROM setting WHERE key = 'instance_organisation'").flatMap {
                Organisation.ID($0)
            }
        }
    }

    public func setInstanceOrganisationID(_ id: Organisation.ID) async throws {
        try await self.writer.write { db in
            try db.execute(
                sql: "INSERT OR REPLACE INTO setting (key, value) VALUES ('instance_organisation', ?)",
                arguments: [String(id)])
        }
    }

    public func saveStatus(id: String, organisationID: Organisation.ID, json: [UInt8]) async throws {
        try await self.writer.write { db in try Self.insertStatus(db, id: id, organisationID: organisationID, json: json) }
    }

    static func insertStatus(_ db: Database, id: String, organisationID: Organisation.ID, json: [UInt8]) throws {
        try db.execute(
            sql: "INSERT INTO taxii_status (id, organisation_id, created_at, json) VALUES (?, ?, ?, ?)",
            arguments: [id, organisationID, Date().timeIntervalSince1970, Data(json)])
    }

    public func status(id: String, organisationID: Organisation.ID) async throws -> [UInt8]? {
        try await self.writer.read { db in
            try Data.fetchOne(
                db, sql: "SELECT json FROM taxii_status WHERE id = ? AND organisation_id = ?",
                arguments: [id, organisationID]
            ).map { Array($0) }
        }
    }

    public func pullBookmark(source: String, organisationID: Organisation.ID) async throws -> String? {
        try await self.writer.read { db in
            try String.fetchOne(
                db, sql: "SELECT added_after FROM pull_bookmark WHERE source = ? AND organisation_id = ?",
                arguments: [source, organisationID])
        }
    }

    public func setPullBookmark(_ addedAfter: String, source: String, organisationID: Organisation.ID) async throws {
        try await self.writer.write { db in
            try db.execute(
                sql: "INSERT OR REPLACE INTO pull_bookmark (source, organisation_id, added_after) VALUES (?, ?, ?)",
                arguments: [source, organisationID, addedAfter])
        }
    }
}
