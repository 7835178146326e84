import GRDB
public import KizunaCore

extension SQLiteStore {
    public func objectChanges(type: String, afterSequence: Int64, limit: Int) async throws -> [StoredObject] {
        try await self.writer.read { db in
            try Row.fetchAll(
                db.cachedStatement(sql: "SELECT \(Self.objectColumns) FROM object WHERE seq > ? AND type = ? ORDER BY seq LIMIT ?"),
                arguments: [afterSequence, type, max(1, limit)]
            ).map(Self.storedObject)
        }
    }

    public func objectDeletions() async throws -> Int64 {
        try self.shortRead { db in
            try Int64.fetchOne(db.cachedStatement(sql: "SELECT CAST(value AS INTEGER) FROM setting WHERE key = 'object_deletions'")) ?? 0
        }
    }

    /// Counts one deletion, in the deleting transaction (see ``objectDeletions()``).
    static func countDeletion(_ db: Database) throws {
        try db.execute(
            sql: """
                INSERT INTO setting (key, value) VALUES ('object_deletions', '1')
                ON CONFLICT (key) DO UPDATE SET value = CAST(value AS INTEGER) + 1
                """)
    }
}
