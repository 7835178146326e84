import Foundation
import GRDB
import KizunaCore
import KizunaSQLite
import STIX
import Testing

@Suite("SQLite store")
struct SQLiteStoreTests {
    static func candidate(_ id: String, modified: String?, name: String = "x", tlp: TLP = .green, type: String = "indicator") -> IngestCandidate {
        var object: JSONObject = ["type": .string(type), "id": .string(id), "name": .string(name)]
        if let modified { object["modified"] = .string(modified) }
        let json = JSON.serialize(.object(object))
        return IngestCandidate(
            index: 0, id: id, type: type, version: modified.flatMap(Timestamp.init), tlp: tlp, createdByRef: nil,
            labels: [], revoked: false, searchText: name, json: json)
    }

    static func organisation(_ store: SQLiteStore, _ name: String) async throws -> Organisation {
        try await store.createOrganisation(
            NewOrganisation(
                name: name, sector: .finance, subsector: nil, country: "JP", identityID: "identity--\(UUID().uuidString.lowercased())",
                identityJSON: Array("{}".utf8)))
    }

    static func scope(_ organisation: Organisation) -> ReadScope {
        VisibilityRule.readScope(
            for: Requester(userID: 1, userName: "u", role: .analyst, organisationID: organisation.id, groupIDs: [], keyPrefix: nil))
    }

    static let audit = AuditEntry(at: Date(), userID: nil, organisationID: nil, keyPrefix: nil, action: .write, objectIDs: [], detail: "test")

    @Test("a file store is in WAL mode and passes the integrity check")
    func walFile() async throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("kizuna-\(UUID().uuidString).sqlite").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        let store = try SQLiteStore(path: path)
        _ = try await Self.organisation(store, "Bank")
        let mode = try await DatabaseQueue(path: path).read { try String.fetchOne($0, sql: "PRAGMA journal_mode") }
        #expect(mode == "wal")
        // GRDB lowers the writer to NORMAL when it enables WAL; the store must put FULL back.
        #expect(try await store.writerSynchronousMode() == 2)
        #expect(try await store.integrityCheck() == ["ok"])
        // Reopening migrates nothing twice and keeps the data.
        #expect(try await SQLiteStore(path: path).organisations().map(\.name) == ["Bank"])
    }

    @Test("versions arriving out of order keep the newest as latest, and sequences only grow")
    func outOfOrderVersions() async throws {
        let store = try SQLiteStore()
        let bank = try await Self.organisation(store, "Bank")
        let id = "indicator--\(UUID().uuidString.lowercased())"
        let outcomes = try await store.ingest(
            [
                Self.candidate(id, modified: "2026-03-01T00:00:00Z", name: "march"),
                Self.candidate(id, modified: "2026-01-01T00:00:00Z", name: "january"),
            ],
            owner: bank.id, audience: .community, audit: Self.audit)
        #expect(outcomes.map(\.status) == [.created, .newVersion])
        let versions = try await store.versions(of: id, scope: Self.scope(bank))
        #expect(versions.map(\.modified) == ["2026-01-01T00:00:00Z", "2026-03-01T00:00:00Z"])
        #expect(versions.map(\.isLatest) == [false, true])
        #expect(versions[0].sequence > versions[1].sequence, "the later-added version has the higher sequence")
        let page = try await store.objects(ObjectQuery(), scope: Self.scope(bank))
        #expect(page.objects.map(\.modified) == ["2026-03-01T00:00:00Z"])
    }

    @Test("observables without timestamps are unchanged when resubmitted and versioned when they change")
    func observables() async throws {
        let store = try SQLiteStore()
        let bank = try await Self.organisation(store, "Bank")
        let id = "ipv4-addr--\(UUID().uuidString.lowercased())"
        let first = try await store.ingest(
            [Self.candidate(id, modified: nil, name: "a", type: "ipv4-addr")], owner: bank.id, audience: .community, audit: Self.audit)
        let same = try await store.ingest(
            [Self.candidate(id, modified: nil, name: "a", type: "ipv4-addr")], owner: bank.id, audience: .community, audit: Self.audit)
        let changed = try await store.ingest(
            [Self.candidate(id, modified: nil, name: "b", type: "ipv4-addr")], owner: bank.id, audience: .community, audit: Self.audit)
        #expect([first[0].status, same[0].status, changed[0].status] == [.created, .unchanged, .newVersion])
        let versions = try await store.versions(of: id, scope: Self.scope(bank))
        #expect(versions.count == 2)
        #expect(versions.last?.isLatest == true)
    }

    @Test("a deletion is counted in its transaction, so indexes following the change feed can rebuild")
    func deletionsCounted() async throws {
        let store = try SQLiteStore()
        let bank = try await Self.organisation(store, "Bank")
        let id = "indicator--\(UUID().uuidString.lowercased())"
        _ = try await store.ingest(
            [Self.candidate(id, modified: "2026-01-01T00:00:00.000Z"), Self.candidate(id, modified: "2026-02-01T00:00:00.000Z")],
            owner: bank.id, audience: .community, audit: Self.audit)
        #expect(try await store.objectDeletions() == 0)
        let newest = ObjectQuery()  // the latest version by default
        #expect(try await store.deleteVersions(of: id, owner: bank.id, matching: newest, audit: Self.audit) == 1)
        #expect(try await store.objectDeletions() == 1)
        // Nothing deleted, nothing counted.
        #expect(
            try await store.deleteVersions(of: "indicator--\(UUID().uuidString.lowercased())", owner: bank.id, matching: newest, audit: Self.audit)
                == 0)
        #expect(try await store.objectDeletions() == 1)
        // The change feed shows no new sequence for the version that became the latest again.
        let changes = try await store.objectChanges(type: "indicator", afterSequence: 0, limit: 10)
        #expect(changes.map(\.modified) == ["2026-01-01T00:00:00.000Z"])
    }

    @Test("each organisation owns its own copy of an id")
    func ownership() async throws {
        let store = try SQLiteStore()
        let bank = try await Self.organisation(store, "Bank")
        let vendor = try await Self.organisation(store, "Vendor")
        let id = "attack-pattern--\(UUID().uuidString.lowercased())"
        _ = try await store.ingest(
            [Self.candidate(id, modified: "2026-01-01T00:00:00Z", tlp: .red)], owner: bank.id, audience: .organisation, audit: Self.audit)
        let other = try await store.ingest(
            [Self.candidate(id, modified: "2026-01-01T00:00:00Z", name: "vendor's")], owner: vendor.id, audience: .organisation, audit: Self.audit)
        #expect(other.map(\.status) == [.created], "a second owner neither conflicts with nor learns of the first")
        #expect(try await store.versions(of: id, scope: Self.scope(vendor)).map(\.owner) == [vendor.id])
        #expect(try await store.versions(of: id, scope: Self.scope(bank)).map(\.owner) == [bank.id])
    }

    @Test("an ingest writes its audit entry in the same transaction")
    func auditInTransaction() async throws {
        let store = try SQLiteStore()
        let bank = try await Self.organisation(store, "Bank")
        let id = "indicator--\(UUID().uuidString.lowercased())"
        _ = try await store.ingest([Self.candidate(id, modified: "2026-01-01T00:00:00Z")], owner: bank.id, audience: .community, audit: Self.audit)
        _ = try await store.ingest([Self.candidate(id, modified: "2026-01-01T00:00:00Z")], owner: bank.id, audience: .community, audit: Self.audit)
        let log = try await store.auditLog(afterSequence: nil, limit: 10)
        #expect(log.map(\.objectIDs) == [[id]], "an unchanged resubmission is not a write")
    }
}

@Suite("SQLite query plans")
struct SQLiteQueryPlanTests {
    @Test("a listing of the latest objects of one type uses the latest-by-type index")
    func latestByTypeIsIndexed() async throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("kizuna-\(UUID().uuidString).sqlite").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        _ = try SQLiteStore(path: path)
        let query = "SELECT seq FROM object WHERE latest = 1 AND type IN ('indicator') AND owner_id = 1 ORDER BY seq LIMIT 10"
        let details = try await DatabaseQueue(path: path).read { db in
            try Row.fetchAll(db, sql: "EXPLAIN QUERY PLAN " + query).map { $0["detail"] as String }
        }
        #expect(details.contains { $0.contains("object_latest_type") }, "\(details)")
    }
}
