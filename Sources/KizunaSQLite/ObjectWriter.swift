import Foundation
import GRDB
import KizunaCore
import STIX

/// Writes candidates inside one transaction with prepared statements, deciding for each whether
/// it is a new object, a new version, an unchanged resubmission or a conflicting one.
struct ObjectWriter {
    let db: Database
    let owner: Organisation.ID
    let audience: Audience
    private let latestStatement: Statement
    private let sameVersionStatement: Statement
    private let insertStatement: Statement
    private let demoteStatement: Statement

    init(_ db: Database, owner: Organisation.ID, audience: Audience) throws {
        self.db = db
        self.owner = owner
        self.audience = audience
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
    }

    func write(_ candidate: IngestCandidate) throws -> IngestOutcome {
        let now = Date()
        let latest = try Row.fetchOne(self.latestStatement, arguments: [candidate.id, self.owner])
        let version: Int64
        if let timestamp = candidate.version {
            version = timestamp.nanosecondsSinceEpoch
            if let existing = try Data.fetchOne(self.sameVersionStatement, arguments: [candidate.id, self.owner, version]) {
                return Self.resubmission(candidate, existing: existing)
            }
        } else {
            if let latest, Self.sameJSON(candidate.json, latest["json"]) {
                return IngestOutcome(index: candidate.index, id: candidate.id, status: .unchanged)
            }
            let latestVersion: Int64 = latest?["version"] ?? 0
            version = max(SQLiteStore.microseconds(now) * 1_000, latestVersion + 1)
        }
        let latestVersion: Int64? = latest?["version"]
        let becomesLatest = latestVersion.map { version > $0 } ?? true
        if becomesLatest, let latest { try self.demoteStatement.execute(arguments: [latest["seq"] as Int64]) }
        let labels = candidate.labels.isEmpty ? nil : String(decoding: JSON.serialize(.array(candidate.labels.map(JSONValue.string))), as: UTF8.self)
        try self.insertStatement.execute(arguments: [
            candidate.id, candidate.type, version, candidate.version?.text, self.owner, candidate.tlp.rawValue,
            self.audience.kind.rawValue, self.audience.groupID, SQLiteStore.microseconds(now), becomesLatest,
            candidate.revoked, candidate.createdByRef, labels, candidate.searchText, Data(candidate.json),
        ])
        return IngestOutcome(index: candidate.index, id: candidate.id, status: latest == nil ? .created : .newVersion)
    }

    private static func resubmission(_ candidate: IngestCandidate, existing: Data) -> IngestOutcome {
        if Self.sameJSON(candidate.json, existing) {
            return IngestOutcome(index: candidate.index, id: candidate.id, status: .unchanged)
        }
        let issue = ValidationIssue(
            path: "$.objects[\(candidate.index)].modified",
            reason: "a different version of \(candidate.id) with this modified timestamp is already stored; "
                + "a changed object needs a later modified")
        return IngestOutcome(index: candidate.index, id: candidate.id, status: .rejected, issues: [issue])
    }

    /// Byte equality, else semantic JSON equality (the same object may arrive formatted differently).
    static func sameJSON(_ bytes: [UInt8], _ stored: Data?) -> Bool {
        guard let stored else { return false }
        if stored.elementsEqual(bytes) { return true }
        guard let lhs = try? JSON.parse(bytes), let rhs = try? JSON.parse(Array(stored)) else { return false }
        return lhs == rhs
    }
}
