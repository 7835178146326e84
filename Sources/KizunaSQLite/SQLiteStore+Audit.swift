import Foundation
import GRDB
public import KizunaCore

extension SQLiteStore {
    public func appendAudit(_ entry: AuditEntry) async throws {
        try await self.writer.write { db in try Self.insertAudit(db, entry) }
    }

    public func auditLog(afterSequence: Int64?, limit: Int) async throws -> [AuditEntry] {
        try await self.writer.read { db in
            try Row.fetchAll(
                db, sql: "SELECT * FROM audit WHERE seq > ? ORDER BY seq LIMIT ?",
                arguments: [afterSequence ?? 0, max(1, limit)]
            ).map { row in
                let ids: String = row["object_ids"]
                return AuditEntry(
                    sequence: row["seq"], at: Date(timeIntervalSince1970: row["at"]), userID: row["user_id"],
                    organisationID: row["organisation_id"], keyPrefix: row["key_prefix"],
                    action: AuditEntry.Action(rawValue: row["action"]) ?? .admin,
                    objectIDs: ids.isEmpty ? [] : ids.split(separator: " ").map(String.init), detail: row["detail"])
            }
        }
    }

    static func insertAudit(_ db: Database, _ entry: AuditEntry) throws {
        try db.execute(
            sql: """
                INSERT INTO audit (at, user_id, organisation_id, key_prefix, action, object_ids, detail)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                """,
            arguments: [
                entry.at.timeIntervalSince1970, entry.userID, entry.organisationID, entry.keyPrefix,
                entry.action.rawValue, entry.objectIDs.joined(separator: " "), entry.detail,
            ])
    }
}
