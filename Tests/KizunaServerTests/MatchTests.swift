import Foundation
import KizunaCore
import STIX
import Testing

/// `POST /api/v1/match`: what matches, who sees it, how the catalog follows changes, sightings.
@Suite("Matching")
struct MatchTests {
    static func indicator(
        _ pattern: String, id: String = STIXIdentifier.make(type: "indicator"), name: String = "test indicator", tlp: TLP = .green,
        modified: String = "2026-01-02T00:00:00.000Z", validUntil: String? = nil
    ) -> JSONValue {
        var object: JSONObject = [
            "type": "indicator", "spec_version": "2.1", "id": .string(id), "created": "2026-01-01T00:00:00.000Z",
            "modified": .string(modified), "name": .string(name), "pattern": .string(pattern), "pattern_type": "stix",
            "valid_from": "2026-01-01T00:00:00Z", "object_marking_refs": [.string(TLPMarking.markingRef(for: tlp))],
        ]
        if let validUntil { object["valid_until"] = .string(validUntil) }
        return .object(object)
    }

    static func observables(_ pairs: [(String, String)], extra: String = "") -> String {
        let items = pairs.map { "{\"type\": \"\($0.0)\", \"value\": \"\($0.1)\"}" }.joined(separator: ", ")
        return "{\"observables\": [\(items)]\(extra)}"
    }

    static func matchedIDs(_ answer: API.Answer) -> [String] {
        answer.json["matches"]?.arrayValue?.compactMap { $0["indicator"]?["id"]?.stringValue } ?? []
    }

    @Test("each reader matches only the indicators the visibility rule lets it read")
    func visibility() async throws {
        let world = try await TestWorld.make()
        try await world.test { api in
            let red = Self.indicator("[domain-name:value = 'red.example']", tlp: .red)
            let group = Self.indicator("[domain-name:value = 'group.example']", tlp: .amber)
            let community = Self.indicator("[domain-name:value = 'community.example']", tlp: .green)
            #expect(try await api.share([red], audience: "organisation", key: world.owner).status == .ok)
            #expect(try await api.share([group], audience: "group:Financial sector", key: world.owner).status == .ok)
            #expect(try await api.share([community], audience: "community", key: world.owner).status == .ok)
            let body = Self.observables([
                ("domain-name", "RED.example."), ("domain-name", "group.example"), ("domain-name", "community.example"),
            ])
            let ids = { (value: JSONValue) in value["id"]?.stringValue ?? "" }
            let expectations: [(String, [String])] = [
                (world.owner, [ids(red), ids(group), ids(community)]),
                (world.member, [ids(group), ids(community)]),
                (world.outsider, [ids(community)]),
            ]
            for (key, expected) in expectations {
                let answer = try await api.post("/api/v1/match", key: key, json: body)
                #expect(answer.status == .ok, "\(answer.text)")
                #expect(Set(Self.matchedIDs(answer)) == Set(expected))
                #expect(answer.json["matched"]?.intValue == expected.count)
            }
            // What matched is said per observable, by its position.
            let answer = try await api.post("/api/v1/match", key: world.outsider, json: body)
            #expect(answer.json["matches"]?.arrayValue?.first?["matched_by"] == ["observables[2]"])
        }
    }

    @Test("IP networks, hashes and URLs match through the index; unrelated values do not")
    func kinds() async throws {
        let world = try await TestWorld.make()
        try await world.test { api in
            let sha = String(repeating: "ab", count: 32)
            let objects = [
                Self.indicator("[ipv4-addr:value ISSUBSET '198.51.100.0/24']", name: "net"),
                Self.indicator("[file:hashes.'SHA-256' = '\(sha)']", name: "hash"),
                Self.indicator("[url:value = 'http://evil.example/login']", name: "url"),
                Self.indicator("[domain-name:value LIKE '%.evil.example']", name: "suffix"),
                Self.indicator("[ipv4-addr:value = '203.0.113.9' AND ipv4-addr:value != '203.0.113.10']", name: "verified"),
            ]
            #expect(try await api.share(objects, audience: "community", key: world.owner).status == .ok)
            let answer = try await api.post(
                "/api/v1/match", key: world.outsider,
                json: Self.observables([
                    ("ipv4-addr", "198.51.100.77"), ("sha256", sha.uppercased()), ("url", "HTTP://EVIL.example/login"),
                    ("domain-name", "www.evil.example"), ("ipv4-addr", "203.0.113.9"), ("ipv4-addr", "192.0.2.1"),
                ]))
            #expect(answer.status == .ok, "\(answer.text)")
            let names = Set(answer.json["matches"]?.arrayValue?.compactMap { $0["indicator"]?["name"]?.stringValue } ?? [])
            #expect(names == ["net", "hash", "url", "suffix", "verified"])
        }
    }

    @Test("new versions, revocations and expired validity change what matches, without a restart")
    func catalogFollowsChanges() async throws {
        let world = try await TestWorld.make()
        try await world.test { api in
            let id = STIXIdentifier.make(type: "indicator")
            let expired = Self.indicator("[domain-name:value = 'old.example']", validUntil: "2026-01-02T00:00:00Z")
            #expect(
                try await api.share(
                    [Self.indicator("[domain-name:value = 'one.example']", id: id), expired], audience: "community", key: world.owner
                ).status == .ok)
            let body = Self.observables([("domain-name", "one.example"), ("domain-name", "two.example"), ("domain-name", "old.example")])
            #expect(Self.matchedIDs(try await api.post("/api/v1/match", key: world.member, json: body)) == [id])
            let update = Self.indicator("[domain-name:value = 'two.example']", id: id, modified: "2026-02-01T00:00:00.000Z")
            #expect(try await api.share([update], audience: "community", key: world.owner).status == .ok)
            let after = try await api.post("/api/v1/match", key: world.member, json: body)
            #expect(Self.matchedIDs(after) == [id])
            #expect(after.json["matches"]?.arrayValue?.first?["matched_by"] == ["observables[1]"])
            #expect(try await api.call(.post, "/api/v1/objects/\(id)/revoke", key: world.owner).status == .ok)
            #expect(Self.matchedIDs(try await api.post("/api/v1/match", key: world.member, json: body)).isEmpty)
        }
    }

    @Test("deleting the latest version over TAXII puts the older one back in the catalog")
    func deletionRestoresOlderVersion() async throws {
        let world = try await TestWorld.make()
        try await world.test { api in
            let id = STIXIdentifier.make(type: "indicator")
            let old = Self.indicator("[domain-name:value = 'old.example']", id: id, modified: "2026-01-02T00:00:00.000Z")
            let new = Self.indicator("[domain-name:value = 'new.example']", id: id, modified: "2026-02-01T00:00:00.000Z")
            #expect(try await api.share([old, new], audience: "community", key: world.owner).status == .ok)
            let body = Self.observables([("domain-name", "old.example"), ("domain-name", "new.example")])
            let before = try await api.post("/api/v1/match", key: world.member, json: body)
            #expect(before.json["matches"]?.arrayValue?.first?["matched_by"] == ["observables[1]"])
            let collections = try await TAXIITests.collections(api, key: world.owner)
            let path = "/taxii2/api/collections/\(try TAXIITests.id(collections, "Community"))/objects/\(id)/"
            let deleted = try await api.call(
                .delete, path + "?match[version]=2026-02-01T00:00:00.000Z", key: world.owner, headers: TAXIITests.headers())
            #expect(deleted.status == .ok)
            let after = try await api.post("/api/v1/match", key: world.member, json: body)
            #expect(after.json["matches"]?.arrayValue?.first?["matched_by"] == ["observables[0]"])
        }
    }

    @Test("observed-data are matched as one set: a pattern over two observations binds both")
    func observations() async throws {
        let world = try await TestWorld.make()
        try await world.test { api in
            let pattern = "[ipv4-addr:value = '10.1.1.1'] AND [domain-name:value = 'c2.example']"
            #expect(try await api.share([Self.indicator(pattern, name: "pair")], audience: "community", key: world.owner).status == .ok)
            let ip = "ipv4-addr--\(UUID().uuidString.lowercased())"
            let domain = "domain-name--\(UUID().uuidString.lowercased())"
            let first = "observed-data--\(UUID().uuidString.lowercased())"
            let second = "observed-data--\(UUID().uuidString.lowercased())"
            func observed(_ id: String, _ ref: String) -> String {
                """
                {"type": "observed-data", "id": "\(id)", "first_observed": "2026-03-01T00:00:00Z",
                 "last_observed": "2026-03-01T00:00:05Z", "number_observed": 1, "object_refs": ["\(ref)"]}
                """
            }
            let objects = """
                [\(observed(first, ip)), \(observed(second, domain)),
                 {"type": "ipv4-addr", "id": "\(ip)", "value": "10.1.1.1"},
                 {"type": "domain-name", "id": "\(domain)", "value": "c2.example"}]
                """
            let both = try await api.post("/api/v1/match", key: world.outsider, json: "{\"objects\": \(objects)}")
            #expect(both.status == .ok, "\(both.text)")
            let bound = both.json["matches"]?.arrayValue?.first?["matched_by"]?.stringArrayValue ?? []
            #expect(Set(bound) == [first, second])
            let bundle = try await api.post(
                "/api/v1/match", key: world.outsider,
                json: "{\"bundle\": {\"type\": \"bundle\", \"id\": \"bundle--\(UUID().uuidString.lowercased())\", \"objects\": \(objects)}}")
            #expect(bundle.json["matched"]?.intValue == 1)
            // One observation alone does not satisfy the AND.
            let single = try await api.post("/api/v1/match", key: world.outsider, json: Self.observables([("ipv4-addr", "10.1.1.1")]))
            #expect(single.json["matched"]?.intValue == 0)
        }
    }

    @Test("record_sightings stores a sighting owned by the requester, for the audience it chose")
    func sightings() async throws {
        let world = try await TestWorld.make()
        try await world.test { api in
            let indicator = Self.indicator("[domain-name:value = 'seen.example']")
            #expect(try await api.share([indicator], audience: "community", key: world.owner).status == .ok)
            let answer = try await api.post(
                "/api/v1/match", key: world.member,
                json: Self.observables(
                    [("domain-name", "seen.example")], extra: ", \"record_sightings\": true, \"audience\": \"group:Financial sector\""))
            #expect(answer.status == .ok, "\(answer.text)")
            let sightingID = try #require(answer.json["sightings"]?.arrayValue?.first?.stringValue)
            let stored = try await api.get("/api/v1/objects/\(sightingID)", key: world.member)
            #expect(stored.status == .ok, "\(stored.text)")
            #expect(stored.text.contains(indicator["id"]?.stringValue ?? "-"))
            #expect(try await api.get("/api/v1/objects/\(sightingID)", key: world.owner).status == .ok)
            #expect(try await api.get("/api/v1/objects/\(sightingID)", key: world.outsider).status == .notFound)
            // Without the flag nothing is stored; a reader may match but not record.
            let plain = try await api.post("/api/v1/match", key: world.member, json: Self.observables([("domain-name", "seen.example")]))
            #expect(plain.json["sightings"] == [])
            let reader = try await api.post(
                "/api/v1/match", key: world.ownerReader,
                json: Self.observables([("domain-name", "seen.example")], extra: ", \"record_sightings\": true"))
            #expect(reader.status == .forbidden)
            #expect(
                try await api.post("/api/v1/match", key: world.ownerReader, json: Self.observables([("domain-name", "seen.example")])).status == .ok)
        }
    }

    @Test("bad match requests name the field and what was wrong")
    func badInput() async throws {
        let world = try await TestWorld.make()
        try await world.test { api in
            let cases: [(String, String)] = [
                ("{}", "$"),
                ("{\"observables\": [], \"objects\": []}", "$"),
                ("{\"observables\": []}", "$.observables"),
                ("{\"observables\": [{\"type\": \"ipv4-addr\", \"value\": \"300.1.1.1\"}]}", "observables[0].value"),
                ("{\"observables\": [{\"value\": \"x\"}]}", "observables[0].type"),
                ("{\"observables\": [{\"type\": \"domain-name\"}]}", "observables[0].value"),
                ("{\"observables\": [{\"type\": \"domain-name\", \"value\": \"a.example\"}], \"limit\": 3}", "$.limit"),
                ("{\"observables\": [{\"type\": \"domain-name\", \"value\": \"a.example\"}], \"record_sightings\": \"yes\"}", "$.record_sightings"),
                ("{\"objects\": [{\"type\": \"observed-data\", \"id\": \"observed-data--1\"}]}", "$.objects"),
                ("[1, 2]", "$"),
            ]
            for (body, path) in cases {
                let answer = try await api.post("/api/v1/match", key: world.member, json: body)
                #expect(answer.status == .badRequest, "\(body): \(answer.text)")
                #expect(answer.path == path, "\(body): \(answer.text)")
            }
            #expect(try await api.post("/api/v1/match", key: nil, json: "{}").status == .unauthorized)
        }
    }
}
