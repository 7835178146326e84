import Foundation
import GRDB
import KizunaCore
import STIX

/// Writes candidates inside one transaction with prepared statements, deciding for each whether
/// it is a new object, a new version, an unchanged resubmission or a conflicting one.
///
/// Ids the owner has never stored skip the per-object lookups: one query per chunk of the batch
/// finds which ids exist, and ids written earlier in the batch are remembered.
struct ObjectWriter {
    let db: Database
    let owner: Organisation.ID
    let audience: Audience
    /// One `date_added` for the whole transaction, in microseconds since 1970.
    let dateAdded: Int64
    private let latestStatement: Statement
    private let sameVersionStatement: Statement
    private let insertStatement: Statement
    private let demoteStatement: Statement
    private var known: Set<String> = []

    init(_ db: Database, owner: Organisation.ID, audience: Audience, ids: [String]) throws {
        self.db = db
        self.owner = owner
        self.audience = audience
        self.dateAdded = SQLiteStore.microseconds(Date())
        self.latestStatement = try db.cachedStatement(
            sql: "SELECT seq, version, json FROM object WHERE id = ? AND owner_id = ? ORDER BY version DESC LIMIT 1")
        self.sameVersionStatement = try db.cachedStatement(
            sql: "SELECT json FROM object WHERE id = ? AND owner_id = ? AND version = ?")
        self.insertStatement = try db.cachedStatement(
            sql: """
                INSERT INTO object (id, type, version, modified, owner_id, tlp, audience_kind, audience_group,
                    date_added, latest, revoked, created_by_ref, labels, search, json)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
        self.demoteStatement = try db.cachedStatement(sql: "UPDATE object SET latest = 0 WHERE seq = ?")
        let chunk = 500
        for start in stride(from: 0, to: ids.count, by: chunk) {
            let slice = Array(ids[start..<min(start + chunk, ids.count)])
            let found = try String.fetchAll(
                db, sql: "SELECT DISTINCT id FROM object WHERE owner_id = ? AND id IN (\(ReadScope.marks(slice.count)))",
                arguments: [owner] + StatementArguments(slice))
            self.known.formUnion(found)
        }
    }

    mutating func write(_ candidate: IngestCandidate) throws -> IngestOutcome {
        let latest =
            self.known.contains(candidate.id)
            ? try Row.fetchOne(self.latestStatement, arguments: [candidate.id, self.owner]) : nil
        let version: Int64
        if let timestamp = candidate.version {
            version = timestamp.nanosecondsSinceEpoch
            if latest != nil,
                let existing = try Data.fetchOne(self.sameVersionStatement, arguments: [candidate.id, self.owner, version])
            {
                return Self.resubmission(candidate, existing: existing)
            }
        } else {
            if let latest, Self.sameJSON(candidate.json, latest["json"]) {
                return IngestOutcome(index: candidate.index, id: candidate.id, version: candidate.version?.text, status: .unchanged)
            }
            let latestVersion: Int64 = latest?["version"] ?? 0
            version = max(self.dateAdded * 1_000, latestVersion + 1)
        }
        let latestVersion: Int64? = latest?["version"]
        let becomesLatest = latestVersion.map { version > $0 } ?? true
        if becomesLatest, let latest { try self.demoteStatement.execute(arguments: [latest["seq"] as Int64]) }
        let labels =
            candidate.labels.isEmpty
            ? nil : String(decoding: JSON.serialize(.array(candidate.labels.map(JSONValue.string))), as: UTF8.self)
        self.insertStatement.setUncheckedArguments([
            candidate.id, candidate.type, version, candidate.version?.text, self.owner, candidate.tlp.rawValue,
            self.audience.kind.rawValue, self.audience.groupID, self.dateAdded, becomesLatest, candidate.revoked,
            candidate.createdByRef, labels, candidate.searchText, Data(candidate.json),
        ])
        try self.insertStatement.execute()
        self.known.insert(candidate.id)
        return IngestOutcome(
            index: candidate.index, id: candidate.id, version: candidate.version?.text, status: latest == nil ? .created : .newVersion)
    }

    private static func resubmission(_ candidate: IngestCandidate, existing: Data) -> IngestOutcome {
        if Self.sameJSON(candidate.json, existing) {
            return IngestOutcome(index: candidate.index, id: candidate.id, version: candidate.version?.text, status: .unchanged)
        }
        let issue = ValidationIssue(
            path: "$.objects[\(candidate.index)].modified",
            reason: "a different version of \(candidate.id) with this modified timestamp is already stored; "
                + "a changed object needs a later modified")
        return IngestOutcome(index: candidate.index, id: candidate.id, version: candidate.version?.text, status: .rejected, issues: [issue])
    }

    /// Byte equality, else semantic JSON equality (the same object may arrive formatted differently).
    static func sameJSON(_ bytes: [UInt8], _ stored: Data?) -> Bool {
        guard let stored else { return false }
        if stored.elementsEqual(bytes) { return true }
        guard let lhs = try? JSON.parse(bytes), let rhs = try? JSON.parse(Array(stored)) else { return false }
        return lhs == rhs
    }
}
