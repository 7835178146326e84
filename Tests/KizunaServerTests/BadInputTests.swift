import Foundation
import STIX
import Testing

/// Bad input never changes state and always gets a precise error.
@Suite("Bad input")
struct BadInputTests {
    static func total(_ api: API, _ key: String) async throws -> Int? {
        try await api.get("/api/v1/counts?type=indicator", key: key).json.objectValue?["total"]?.intValue
    }

    @Test("malformed JSON is refused with its position and nothing is stored")
    func malformedJSON() async throws {
        let world = try await TestWorld.make()
        try await world.test { api in
            let answer = try await api.call(.post, "/api/v1/bundles", key: world.owner, body: Array(#"{"type":"bundle","objects":[{]}"#.utf8))
            #expect(answer.status == .badRequest)
            #expect(answer.error == "invalid-input")
            #expect(answer.detail.contains("line 1"))
            #expect(try await Self.total(api, world.owner) == 0)
        }
    }

    @Test("a body that is not a bundle names the property that is wrong")
    func notABundle() async throws {
        let world = try await TestWorld.make()
        try await world.test { api in
            let answer = try await api.post("/api/v1/bundles", key: world.owner, json: #"{"type":"indicator","objects":[]}"#)
            #expect(answer.status == .badRequest)
            #expect(answer.path == "$.type")
        }
    }

    @Test("each bad object is rejected with a path and reason while good ones are stored")
    func mixedBundle() async throws {
        let world = try await TestWorld.make()
        try await world.test { api in
            var wrongType = Fixtures.indicator(tlp: .green).objectValue!
            wrongType["labels"] = "not-a-list"
            var badTimestamp = Fixtures.indicator(tlp: .green).objectValue!
            badTimestamp["modified"] = "yesterday"
            var badID = Fixtures.indicator(tlp: .green).objectValue!
            badID["id"] = "indicator--not-a-uuid"
            let unknown: JSONValue = [
                "type": "spaceship", "spec_version": "2.1", "id": "spaceship--6b8f1a8a-2c49-4d2b-9a53-1d2b35c1f0aa",
                "created": "2026-01-01T00:00:00Z", "modified": "2026-01-01T00:00:00Z",
            ]
            let good = Fixtures.indicator(tlp: .green)
            let answer = try await api.share(
                [.object(wrongType), .object(badTimestamp), .object(badID), unknown, good], audience: "community", key: world.owner)
            #expect(answer.status == .ok)
            let results = answer.json.objectValue?["results"]?.arrayValue ?? []
            let statuses = results.compactMap { $0.objectValue?["status"]?.stringValue }
            #expect(statuses == ["rejected", "rejected", "rejected", "rejected", "created"])
            let paths = results.map { result in
                result.objectValue?["errors"]?.arrayValue?.compactMap { $0.objectValue?["path"]?.stringValue } ?? []
            }
            #expect(paths[0].contains("$.objects[0].labels"))
            #expect(paths[1].contains("$.objects[1].modified"))
            #expect(paths[2].contains("$.objects[2].id"))
            #expect(paths[3].contains { $0.hasPrefix("$.objects[3]") })
            #expect(answer.text.contains("spaceship"))
            #expect(try await Self.total(api, world.owner) == 1)
        }
    }

    @Test("an object with a duplicate key is rejected on its own; the rest of the bundle is stored")
    func duplicateKey() async throws {
        let world = try await TestWorld.make()
        try await world.test { api in
            let good = JSON.serializeString(Fixtures.indicator(tlp: .green))
            let duplicate = #"{"type":"indicator","type":"malware"}"#
            let body = #"{"type":"bundle","id":"bundle--44af6c39-c09b-49c5-9de2-394224b04982","objects":["# + duplicate + "," + good + "]}"
            let answer = try await api.post("/api/v1/bundles?audience=community", key: world.owner, json: body)
            #expect(answer.status == .ok)
            let results = answer.json.objectValue?["results"]?.arrayValue ?? []
            #expect(results.compactMap { $0.objectValue?["status"]?.stringValue } == ["rejected", "created"])
            #expect(answer.text.contains("duplicate key 'type'"))
            #expect(try await Self.total(api, world.owner) == 1)
        }
    }

    @Test("an indicator whose STIX pattern does not parse is rejected with the pattern's error")
    func invalidPattern() async throws {
        let world = try await TestWorld.make()
        try await world.test { api in
            var broken = Fixtures.indicator(tlp: .green).objectValue!
            broken["pattern"] = "[domain-name:value = 'x.example'"
            let answer = try await api.share([.object(broken), Fixtures.indicator(tlp: .green)], audience: "community", key: world.owner)
            let results = answer.json.objectValue?["results"]?.arrayValue ?? []
            #expect(results.compactMap { $0.objectValue?["status"]?.stringValue } == ["rejected", "created"])
            let error = results.first?.objectValue?["errors"]?.arrayValue?.first?.objectValue
            #expect(error?["path"] == "$.objects[0].pattern")
            #expect(error?["reason"]?.stringValue?.hasPrefix("invalid STIX pattern: expected ']'") == true)
        }
    }

    @Test("an oversized body gets 413 and nothing is stored")
    func oversized() async throws {
        let world = try await TestWorld.make()
        try await world.test(maxBundleBytes: 2_000) { api in
            let objects = (0..<20).map { _ in Fixtures.indicator(tlp: .green) }
            let answer = try await api.share(objects, audience: "community", key: world.owner)
            #expect(answer.status == .contentTooLarge)
            #expect(answer.error == "payload-too-large")
            #expect(answer.detail.contains("2000"))
            #expect(try await Self.total(api, world.owner) == 0)
        }
    }

    @Test("an unknown audience or a group the sharer is not in is refused", arguments: ["everyone", "group:Nope"])
    func badAudience(audience: String) async throws {
        let world = try await TestWorld.make()
        try await world.test { api in
            let answer = try await api.share([Fixtures.indicator(tlp: .green)], audience: audience, key: world.owner)
            #expect(answer.status == .badRequest)
            #expect(answer.path == "audience")
            let outsider = try await api.share([Fixtures.indicator(tlp: .green)], audience: "group:Financial sector", key: world.outsider)
            #expect(outsider.status == .badRequest)
            #expect(outsider.detail.contains("not a member"))
            #expect(try await Self.total(api, world.owner) == 0)
        }
    }

    @Test(
        "bad listing parameters name the parameter",
        arguments: [
            ("tlp=purple", "tlp"), ("limit=0", "limit"), ("added_after=2026-13-01T00:00:00Z", "added_after"),
            ("cursor=abc", "cursor"), ("colour=red", "colour"), ("owner=Nobody", "owner"),
        ])
    func badQuery(query: String, parameter: String) async throws {
        let world = try await TestWorld.make()
        try await world.test { api in
            let answer = try await api.get("/api/v1/objects?\(query)", key: world.owner)
            #expect(answer.status == .badRequest)
            #expect(answer.path == parameter)
        }
    }

    @Test("a changed object under an existing version is rejected; the same one again is unchanged")
    func conflictingVersion() async throws {
        let world = try await TestWorld.make()
        try await world.test { api in
            let id = STIXIdentifier.make(type: "indicator")
            let first = try await api.share([Fixtures.indicator(id: id, name: "one", tlp: .green)], audience: "community", key: world.owner)
            #expect(first.text.contains("\"created\""))
            let again = try await api.share([Fixtures.indicator(id: id, name: "one", tlp: .green)], audience: "community", key: world.owner)
            #expect(again.json.objectValue?["results"]?.arrayValue?.first?.objectValue?["status"]?.stringValue == "unchanged")
            let changed = try await api.share([Fixtures.indicator(id: id, name: "two", tlp: .green)], audience: "community", key: world.owner)
            #expect(changed.status == .unprocessableContent)
            #expect(changed.text.contains("later modified"))
            let stored = try await api.get("/api/v1/objects/\(id)", key: world.owner)
            #expect(stored.json.objectValue?["name"]?.stringValue == "one")
        }
    }
}
