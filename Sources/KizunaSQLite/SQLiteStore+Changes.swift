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
}
