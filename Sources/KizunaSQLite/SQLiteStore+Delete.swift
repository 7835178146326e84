import Foundation
import GRDB
public import KizunaCore

extension SQLiteStore {
    public func deleteVersions(
        of id: String, owner: Organisation.ID, matching query: ObjectQuery, audit: AuditEntry
    ) async throws -> Int {
        try await self.writer.write { db in
            var query = query
            query.ids = [id]
            query.ownerID = owner
            query.includeRevoked = true
            query.afterSequence = nil
            // The owner always reads its own objects: the scope adds nothing.
            let (condition, arguments) = query.whereClause(scope: ReadScope(ownerID: owner, grants: []))
            let doomed = try Int64.fetchAll(db, sql: "SELECT seq FROM object WHERE \(condition)", arguments: arguments)
            guard !doomed.isEmpty else { return 0 }
            try db.execute(
                sql: "DELETE FROM object WHERE seq IN (\(ReadScope.marks(doomed.count)))", arguments: StatementArguments(doomed))
            // If the latest version went, the newest remaining one becomes the latest.
            try db.execute(
                sql: """
                    UPDATE object SET latest = 1 WHERE seq = (
                        SELECT seq FROM object WHERE id = ? AND owner_id = ? ORDER BY version DESC LIMIT 1)
                    AND NOT EXISTS (SELECT 1 FROM object WHERE id = ? AND owner_id = ? AND latest = 1)
                    """,
                arguments: [id, owner, id, owner])
            try Self.countDeletion(db)
            try Self.insertAudit(db, audit)
            return doomed.count
        }
    }
}
