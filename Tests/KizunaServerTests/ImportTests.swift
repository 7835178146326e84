import Foundation
import KizunaCore
import KizunaTestSupport
import STIX
import Testing

/// `POST /api/v1/import/{misp|csv|text}`: preview, confirmation, warning lists, per-item reports, refusals.
@Suite("Imports")
struct ImportTests {
    static let advisory = """
        From: cert@police.example
        Subject: Phishing against Internet-banking customers

        The kit is hosted at hxxps://sakura-bank-login[.]example/auth and sends the stolen
        credentials to 45.77.12[.]9 and again to 45.77.12.9; the lure comes from
        billing@sakura-bank-login.example. The resolver 10.1.2.3 in the logs is internal.
        """

    static func items(_ answer: API.Answer) -> [JSONValue] {
        answer.json["items"]?.arrayValue ?? []
    }

    static func item(_ answer: API.Answer, value: String) -> JSONValue? {
        Self.items(answer).first { $0["value"]?.stringValue == value }
    }

    static func indicatorCount(_ api: API, key: String) async throws -> Int {
        try await api.get("/api/v1/counts?type=indicator", key: key).json["total"]?.intValue ?? -1
    }

    @Test("free text is previewed without storing, then created on confirmation for the chosen audience only")
    func textPreviewAndCreate() async throws {
        let world = try await TestWorld.make()
        try await world.test { api in
            let body = Array(Self.advisory.utf8)
            let preview = try await api.call(.post, "/api/v1/import/text", key: world.owner, body: body)
            #expect(preview.status == .ok, "\(preview.text)")
            #expect(Self.item(preview, value: "https://sakura-bank-login.example/auth")?["status"] == "preview")
            #expect(Self.item(preview, value: "45.77.12.9")?["status"] == "preview")
            #expect(Self.items(preview).filter { $0["value"]?.stringValue == "45.77.12.9" }.count == 1)
            let resolver = Self.item(preview, value: "10.1.2.3")
            #expect(resolver?["status"] == "skipped")
            #expect(resolver?["warnings"]?.arrayValue?.isEmpty == false)
            #expect(try await Self.indicatorCount(api, key: world.owner) == 0)

            let created = try await api.call(
                .post, "/api/v1/import/text?mode=create&tlp=amber&audience=group:Financial%20sector", key: world.owner, body: body)
            #expect(created.status == .ok, "\(created.text)")
            let made = Self.items(created).filter { $0["status"] == "created" }
            #expect(made.count == Self.items(preview).filter { $0["status"] == "preview" }.count)
            #expect(Self.item(created, value: "10.1.2.3")?["status"] == "skipped")
            #expect(try await Self.indicatorCount(api, key: world.member) == made.count)
            #expect(try await Self.indicatorCount(api, key: world.outsider) == 0)
            // Ids are derived from the values: the same text again changes nothing.
            let again = try await api.call(
                .post, "/api/v1/import/text?mode=create&tlp=amber&audience=group:Financial%20sector", key: world.owner, body: body)
            #expect(Self.items(again).filter { $0["status"] == "created" }.isEmpty)
            // force imports what a warning list flags.
            let forced = try await api.call(.post, "/api/v1/import/text?mode=create&force=true", key: world.owner, body: body)
            #expect(Self.item(forced, value: "10.1.2.3")?["status"] == "created")
        }
    }

    @Test("CSV with a column mapping; a malformed file is refused with its position and stores nothing")
    func csv() async throws {
        let world = try await TestWorld.make()
        try await world.test { api in
            let good = "first_seen,ip,domain\r\n2026-11-01,203.0.113.200,\"mule-transfer.example\"\r\n2026-11-02,not-an-ip,bank-verify.example\r\n"
            let answer = try await api.call(
                .post, "/api/v1/import/csv?columns=ip=ipv4-addr,domain=domain-name&mode=create", key: world.owner, body: Array(good.utf8))
            #expect(answer.status == .ok, "\(answer.text)")
            #expect(Self.item(answer, value: "mule-transfer.example")?["status"] == "created")
            #expect(Self.item(answer, value: "bank-verify.example")?["status"] == "created")
            #expect(Self.items(answer).contains { $0["status"] == "skipped" && ($0["reason"]?.stringValue ?? "").contains("not-an-ip") })
            let before = try await Self.indicatorCount(api, key: world.owner)
            let broken = "ip,domain\n198.51.100.9,\"unterminated.example\n198.51.100.10,fine.example\n"
            let refused = try await api.call(
                .post, "/api/v1/import/csv?columns=ip=ipv4-addr,domain=domain-name&mode=create", key: world.owner, body: Array(broken.utf8))
            #expect(refused.status == .badRequest)
            #expect(refused.detail.contains("row 2") && refused.path == "body", "\(refused.text)")
            #expect(try await Self.indicatorCount(api, key: world.owner) == before)
            let unknown = try await api.call(.post, "/api/v1/import/csv?columns=colour=ipv4-addr", key: world.owner, body: Array(good.utf8))
            #expect(unknown.status == .badRequest && unknown.path == "columns", "\(unknown.text)")
        }
    }

    @Test("a real MISP event imports with a report per attribute; a malformed one stores nothing")
    func misp() async throws {
        let world = try await TestWorld.make()
        guard let directory = TestDataDirectory.path("misp-events/circl-osint") else { return }
        let files = try FileManager.default.contentsOfDirectory(atPath: directory).filter { $0.hasSuffix(".json") }.sorted()
        let file = try #require(files.first)
        let event = try #require(FileManager.default.contents(atPath: directory + "/" + file))
        try await world.test { api in
            let answer = try await api.call(.post, "/api/v1/import/misp?audience=community", key: world.owner, body: Array(event))
            #expect(answer.status == .ok, "\(answer.text.prefix(2000))")
            let items = Self.items(answer)
            #expect(!items.isEmpty)
            #expect(items.allSatisfy { ["created", "skipped"].contains($0["status"]?.stringValue ?? "") }, "\(answer.text.prefix(2000))")
            #expect(items.filter { $0["status"] == "skipped" }.allSatisfy { $0["reason"]?.stringValue?.isEmpty == false })
            let readable = try await api.get("/api/v1/counts", key: world.outsider).json["total"]?.intValue ?? 0
            #expect(readable > 0)
            let again = try await api.call(.post, "/api/v1/import/misp?audience=community", key: world.owner, body: Array(event))
            #expect(Self.items(again).allSatisfy { $0["status"] != "created" })

            let before = try await api.get("/api/v1/counts", key: world.owner).json["total"]?.intValue
            let truncated = Array(event.prefix(event.count / 2))
            let refused = try await api.call(.post, "/api/v1/import/misp", key: world.owner, body: truncated)
            #expect(refused.status == .badRequest)
            #expect(refused.detail.contains("line") || refused.detail.contains("offset"), "\(refused.text)")
            #expect(try await api.get("/api/v1/counts", key: world.owner).json["total"]?.intValue == before)
            let binary = try await api.call(
                .post, "/api/v1/import/text", key: world.owner, body: Array("ok 45.77.1.1\nbad \u{7F}".utf8) + [0xFF, 0x41])
            #expect(binary.status == .badRequest && binary.path == "body")
            #expect(binary.detail.contains("line 2, column 6"), "\(binary.text)")
            // A reader may preview but not store.
            #expect(
                try await api.call(.post, "/api/v1/import/text?mode=create", key: world.ownerReader, body: Array("x 45.77.1.1".utf8)).status
                    == .forbidden)
        }
    }
}
