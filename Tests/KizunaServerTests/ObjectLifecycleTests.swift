import Foundation
import KizunaCore
import KizunaServer
import STIX
import Testing

@Suite("Objects: versions, revocation, filters, paging")
struct ObjectLifecycleTests {
    @Test("every version is kept and can be selected")
    func versions() async throws {
        let world = try await TestWorld.make()
        try await world.test { api in
            let id = STIXIdentifier.make(type: "indicator")
            let times = ["2026-01-01T00:00:00.000Z", "2026-02-01T00:00:00.000Z", "2026-03-01T00:00:00.000Z"]
            for (index, time) in times.enumerated() {
                let answer = try await api.share(
                    [Fixtures.indicator(id: id, name: "v\(index)", tlp: .green, modified: time)], audience: "community", key: world.owner)
                let status = answer.json.objectValue?["results"]?.arrayValue?.first?.objectValue?["status"]?.stringValue
                #expect(status == (index == 0 ? "created" : "new-version"))
            }
            #expect(try await api.get("/api/v1/objects/\(id)", key: world.member).json.objectValue?["name"] == "v2")
            #expect(try await api.get("/api/v1/objects/\(id)?versions=first", key: world.member).json.objectValue?["name"] == "v0")
            #expect(try await api.get("/api/v1/objects/\(id)?versions=all", key: world.member).bundleIDs.count == 3)
            let at = try await api.get("/api/v1/objects/\(id)?versions=2026-02-01T00:00:00Z", key: world.member)
            #expect(at.json.objectValue?["objects"]?.arrayValue?.first?.objectValue?["name"] == "v1")
            #expect(try await api.get("/api/v1/objects/\(id)?versions=yesterday", key: world.member).status == .badRequest)
            #expect(try await api.get("/api/v1/objects/not-an-id", key: world.member).status == .badRequest)
        }
    }

    @Test("only the owner revokes; the revoked version is kept and hidden from listings")
    func revoke() async throws {
        let world = try await TestWorld.make()
        try await world.test { api in
            let id = STIXIdentifier.make(type: "indicator")
            _ = try await api.share([Fixtures.indicator(id: id, tlp: .green)], audience: "community", key: world.owner)
            let denied = try await api.call(.post, "/api/v1/objects/\(id)/revoke", key: world.member)
            #expect(denied.status == .forbidden)
            let hidden = STIXIdentifier.make(type: "indicator")
            _ = try await api.share([Fixtures.indicator(id: hidden, tlp: .red)], audience: "organisation", key: world.owner)
            #expect(try await api.call(.post, "/api/v1/objects/\(hidden)/revoke", key: world.outsider).status == .notFound)
            let revoked = try await api.call(.post, "/api/v1/objects/\(id)/revoke", key: world.owner)
            #expect(revoked.status == .ok)
            #expect(revoked.json.objectValue?["revoked"] == .bool(true))
            #expect(try await api.get("/api/v1/objects/\(id)?versions=all", key: world.member).bundleIDs.count == 2)
            #expect(try await api.get("/api/v1/objects?type=indicator", key: world.member).itemIDs.isEmpty)
            #expect(try await api.get("/api/v1/objects?type=indicator&include_revoked=true", key: world.member).itemIDs == [id])
        }
    }

    @Test("filters narrow the listing and cursors page through it")
    func filtersAndPaging() async throws {
        let world = try await TestWorld.make()
        try await world.test { api in
            var ids: [String] = []
            for index in 0..<7 {
                let id = STIXIdentifier.make(type: "indicator")
                ids.append(id)
                let labels = index % 2 == 0 ? ["phishing"] : ["c2"]
                _ = try await api.share(
                    [Fixtures.indicator(id: id, domain: "host\(index).example", tlp: index < 3 ? .clear : .amber, labels: labels)],
                    audience: "community", key: world.owner)
            }
            #expect(try await api.get("/api/v1/objects?label=phishing", key: world.member).itemIDs.count == 4)
            #expect(try await api.get("/api/v1/objects?type=indicator&tlp=clear", key: world.member).itemIDs == Array(ids[0..<3]))
            #expect(try await api.get("/api/v1/objects?q=host5.example", key: world.member).itemIDs == [ids[5]])
            #expect(try await api.get("/api/v1/objects?type=indicator&owner=Kaede%20Bank", key: world.member).itemIDs.isEmpty)
            #expect(try await api.get("/api/v1/objects?type=malware", key: world.member).itemIDs.isEmpty)
            var seen: [String] = []
            var cursor: String? = nil
            repeat {
                let page = try await api.get("/api/v1/objects?type=indicator&limit=3" + (cursor.map { "&cursor=\($0)" } ?? ""), key: world.member)
                seen += page.itemIDs
                cursor = page.json.objectValue?["next"]?.stringValue
            } while cursor != nil
            #expect(seen == ids)
        }
    }

    @Test("created_by_ref, modified_after and added_after filters")
    func provenanceAndTimeFilters() async throws {
        let world = try await TestWorld.make()
        try await world.test { api in
            let author = "identity--0c1f5b0e-6a6f-4a38-9a44-6a3f0d7b2c11"
            var authored = Fixtures.indicator(tlp: .green, modified: "2026-05-01T00:00:00.000Z").objectValue!
            authored["created_by_ref"] = .string(author)
            let old = Fixtures.indicator(tlp: .green, modified: "2026-01-15T00:00:00.000Z")
            _ = try await api.share([.object(authored), old], audience: "community", key: world.member)
            try await Task.sleep(for: .milliseconds(20))  // the cutoff has millisecond precision
            let cutoff = Timestamp(date: Date()).text
            try await Task.sleep(for: .milliseconds(20))
            let late = Fixtures.indicator(tlp: .green, modified: "2026-02-01T00:00:00.000Z")
            _ = try await api.share([late], audience: "community", key: world.member)
            let ids = [authored["id"]?.stringValue, old.objectValue?["id"]?.stringValue, late.objectValue?["id"]?.stringValue]
            let byAuthor = try await api.get("/api/v1/objects?type=indicator&created_by_ref=\(author)", key: world.outsider)
            #expect(byAuthor.itemIDs == [ids[0]].compactMap { $0 })
            let modified = try await api.get("/api/v1/objects?type=indicator&modified_after=2026-01-31T00:00:00Z", key: world.outsider)
            #expect(Set(modified.itemIDs) == Set([ids[0], ids[2]].compactMap { $0 }))
            let added = try await api.get("/api/v1/objects?type=indicator&added_after=\(cutoff)", key: world.outsider)
            #expect(added.itemIDs == [ids[2]].compactMap { $0 })
        }
    }

    @Test("the OpenAPI document describes every route the server has")
    func openAPICoversRoutes() async throws {
        let world = try await TestWorld.make()
        let (_, routes) = buildRouter(store: world.store, configuration: .init(), metrics: ServerMetrics())
        try await world.test { api in
            let answer = try await api.get("/api/v1/openapi.json", key: nil)
            #expect(answer.status == .ok)
            let document = try #require(answer.json.objectValue)
            #expect(document["openapi"]?.stringValue?.hasPrefix("3.1") == true)
            let paths = try #require(document["paths"]?.objectValue)
            #expect(routes.count >= 20)
            for route in routes {
                #expect(paths[route.path]?.objectValue?[route.method.lowercased()] != nil, "\(route) is not in the OpenAPI document")
            }
        }
    }

    @Test("metrics count requests and stored objects for admins only; health answers")
    func metrics() async throws {
        let world = try await TestWorld.make()
        try await world.test { api in
            _ = try await api.share([Fixtures.indicator(tlp: .green)], audience: "community", key: world.owner)
            for key in [nil, world.owner, world.outsider] {
                let refused = try await api.get("/metrics", key: key)
                #expect(refused.status == (key == nil ? .unauthorized : .forbidden), "instance-wide figures are for admins")
                #expect(!refused.text.contains("kizuna_stored_object_versions"))
            }
            let text = try await api.get("/metrics", key: world.admin).text
            #expect(text.contains("kizuna_http_requests_total"))
            let platform = KizunaCore.MembershipService.platformObjects.count
            let identities = world.organisations.count + 1  // and the instance organisation
            #expect(text.contains("kizuna_stored_object_versions \(platform + identities + 1)"))
            #expect(text.contains("kizuna_ingested_objects_total{status=\"created\"} 1"))
            #expect(try await api.get("/health", key: nil).json.objectValue?["status"] == "ok")
        }
    }

    @Test("every write and every restricted read is in the audit log, which only admins read")
    func audit() async throws {
        let world = try await TestWorld.make()
        try await world.test { api in
            let id = STIXIdentifier.make(type: "indicator")
            _ = try await api.share([Fixtures.indicator(id: id, tlp: .amber)], audience: "group:Financial sector", key: world.owner)
            _ = try await api.get("/api/v1/objects/\(id)", key: world.member)
            #expect(try await api.get("/api/v1/audit", key: world.owner).status == .forbidden)
            let log = try await api.get("/api/v1/audit", key: world.admin).json.arrayValue ?? []
            let concerning = log.filter { $0.objectValue?["object_ids"]?.arrayValue?.contains(.string(id)) == true }
            let actions = concerning.compactMap { $0.objectValue?["action"]?.stringValue }
            #expect(actions == ["write", "read-restricted"])
            #expect(concerning.allSatisfy { $0.objectValue?["object_ids"]?.arrayValue == [.string(id)] })
            #expect(concerning.map { $0.objectValue?["organisation_id"] }.count == 2)
        }
    }
}
