import Foundation
import GRDB
public import KizunaCore
import STIX

extension SQLiteStore {
    static let objectColumns =
        "seq, id, type, modified, owner_id, tlp, audience_kind, audience_group, date_added, latest, json"

    public func ingest(
        _ candidates: [IngestCandidate], owner: Organisation.ID, audience: Audience, audit: AuditEntry, receipt: IngestReceipt?
    ) async throws -> [IngestOutcome] {
        try await self.writer.write { db in
            var writer = try ObjectWriter(db, owner: owner, audience: audience, ids: candidates.map(\.id))
            var outcomes: [IngestOutcome] = []
            outcomes.reserveCapacity(candidates.count)
            for candidate in candidates { outcomes.append(try writer.write(candidate)) }
            let stored = zip(candidates, outcomes).filter { $1.status != .unchanged && $1.status != .rejected }
            if !stored.isEmpty {
                let entry = AuditEntry(
                    at: audit.at, userID: audit.userID, organisationID: audit.organisationID, keyPrefix: audit.keyPrefix,
                    action: audit.action, objectIDs: stored.map(\.0.id), detail: audit.detail)
                try Self.insertAudit(db, entry)
            }
            if let receipt { try Self.insertStatus(db, id: receipt.id, organisationID: receipt.organisationID, json: receipt.render(outcomes)) }
            return outcomes
        }
    }

    public func objects(_ query: ObjectQuery, scope: ReadScope) async throws -> ObjectPage {
        try self.shortRead { db in
            let (condition, arguments) = query.whereClause(scope: scope)
            let limit = max(1, query.limit)
            let statement = try db.cachedStatement(
                sql: "SELECT \(Self.objectColumns) FROM object WHERE \(condition) ORDER BY seq LIMIT \(limit + 1)")
            let rows = try Row.fetchCursor(statement, arguments: arguments)
            var objects: [StoredObject] = []
            objects.reserveCapacity(min(limit, 1_000))
            var more = false
            while let row = try rows.next() {
                guard objects.count < limit else {
                    more = true
                    break
                }
                objects.append(try Self.storedObject(row))
            }
            return ObjectPage(objects: objects, nextCursor: more ? objects.last?.sequence : nil)
        }
    }

    public func countByType(_ query: ObjectQuery, scope: ReadScope) async throws -> [String: Int] {
        try await self.writer.read { db in
            let (condition, arguments) = query.whereClause(scope: scope)
            let rows = try Row.fetchAll(
                db, sql: "SELECT type, count(*) AS n FROM object WHERE \(condition) GROUP BY type", arguments: arguments)
            return Dictionary(uniqueKeysWithValues: rows.map { ($0["type"] as String, $0["n"] as Int) })
        }
    }

    public func versions(of id: String, scope: ReadScope) async throws -> [StoredObject] {
        try await self.writer.read { db in
            let visibility = scope.sqlPredicate
            return try Row.fetchAll(
                db,
                sql: """
                    SELECT \(Self.objectColumns) FROM object WHERE id = ? AND \(visibility.sql) ORDER BY version, seq
                    """,
                arguments: [id] + visibility.arguments
            ).map(Self.storedObject)
        }
    }

    public func storedVersionCount() async throws -> Int {
        try await self.writer.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM object") ?? 0 }
    }

    static func microseconds(_ date: Date) -> Int64 {
        Int64((date.timeIntervalSince1970 * 1_000_000).rounded())
    }

    /// A stored object from a row of ``objectColumns``, read by position (name lookups cost more
    /// than the rest of the row).
    static func storedObject(_ row: Row) throws -> StoredObject {
        let audience: Audience =
            switch AudienceKind(rawValue: row[6]) ?? .organisation {
            case .organisation: .organisation
            case .group: .group(row[7])
            case .community: .community
            case .federation: .federation
            }
        let json = try row.withUnsafeData(atIndex: 10) { data in data.map { [UInt8]($0) } ?? [] }
        let added: Int64 = row[8]
        return StoredObject(
            sequence: row[0], id: row[1], type: row[2], modified: row[3], owner: row[4],
            tlp: TLP(rawValue: row[5]) ?? .red, audience: audience,
            dateAdded: Date(timeIntervalSince1970: Double(added) / 1_000_000), isLatest: row[9],
            json: json)
    }
}
