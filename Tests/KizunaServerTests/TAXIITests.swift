import Foundation
import HTTPTypes
import KizunaCore
import STIX
import Testing

/// TAXII 2.1 through HummingbirdTesting: collections per requester, writes with status
/// resources, paging, filters, versions, manifests, deletes, media types and credentials.
@Suite("TAXII 2.1")
struct TAXIITests {
    static let taxii = "application/taxii+json;version=2.1"

    static func headers(_ extra: [(HTTPField.Name, String)] = []) -> HTTPFields {
        var fields: HTTPFields = [.accept: Self.taxii]
        for (name, value) in extra { fields[name] = value }
        return fields
    }

    static func collections(_ api: API, key: String) async throws -> [String: JSONObject] {
        let answer = try await api.call(.get, "/taxii2/api/collections/", key: key, headers: Self.headers())
        let list = answer.json.objectValue?["collections"]?.arrayValue?.compactMap(\.objectValue) ?? []
        return Dictionary(uniqueKeysWithValues: list.compactMap { collection in collection["title"]?.stringValue.map { ($0, collection) } })
    }

    static func id(_ collections: [String: JSONObject], _ title: String) throws -> String {
        try #require(collections[title]?["id"]?.stringValue)
    }

    static func post(_ api: API, _ collection: String, _ objects: [JSONValue], key: String) async throws -> API.Answer {
        let envelope = JSON.serialize(["objects": .array(objects)])
        return try await api.call(
            .post, "/taxii2/api/collections/\(collection)/objects/", key: key, body: envelope,
            headers: Self.headers([(.contentType, Self.taxii)]))
    }

    static func ids(_ answer: API.Answer) -> [String] {
        answer.json.objectValue?["objects"]?.arrayValue?.compactMap { $0.objectValue?["id"]?.stringValue } ?? []
    }

    @Test("each organisation sees its own collections; a group's collection does not exist for outsiders")
    func collectionsPerRequester() async throws {
        let world = try await TestWorld.make()
        try await world.test { api in
            let owner = try await Self.collections(api, key: world.owner)
            #expect(Set(owner.keys) == ["Community", "Group: Financial sector", "Sakura Bank (private)", "Advisories"])
            #expect(owner["Advisories"]?["can_write"] == .bool(false))
            #expect(owner["Community"]?["can_write"] == .bool(true))
            // Collection ids are name-based UUIDv5s: clients keep them across restarts and upgrades.
            #expect(try Self.id(owner, "Community") == "af9288fc-9ba1-5496-8c4c-dfa19f85f398")
            #expect(try Self.id(owner, "Advisories") == "40630b30-fa13-5d51-847b-c4667f98abf4")
            let outsider = try await Self.collections(api, key: world.outsider)
            #expect(Set(outsider.keys) == ["Community", "Hinoki University (private)", "Advisories"])
            let group = try Self.id(owner, "Group: Financial sector")
            let probe = try await api.call(.get, "/taxii2/api/collections/\(group)/", key: world.outsider, headers: Self.headers())
            #expect(probe.status == .notFound)
            #expect(probe.json.objectValue?["http_status"] == "404")
            let reader = try await Self.collections(api, key: world.ownerReader)
            #expect(reader.values.allSatisfy { $0["can_write"] == .bool(false) })
            let admin = try await Self.collections(api, key: world.admin)
            #expect(admin["Advisories"]?["can_write"] == .bool(true), "the coordinator writes advisories")
        }
    }

    @Test("a write answers a status resource with successes, failures and duplicates, kept for its organisation")
    func writeStatus() async throws {
        let world = try await TestWorld.make()
        try await world.test { api in
            let community = try Self.id(try await Self.collections(api, key: world.owner), "Community")
            let green = Fixtures.indicator(tlp: .green)
            let red = Fixtures.indicator(tlp: .red)
            let answer = try await Self.post(api, community, [green, red], key: world.owner)
            #expect(answer.status == .accepted)
            let status = try #require(answer.json.objectValue)
            #expect(status["status"] == "complete")
            #expect(status["success_count"]?.intValue == 1)
            #expect(status["failure_count"]?.intValue == 1)
            let failure = status["failures"]?.arrayValue?.first?.objectValue
            #expect(failure?["id"] == red.objectValue?["id"])
            #expect(failure?["message"]?.stringValue?.contains("TLP:RED may not be shared with audience 'community'") == true)
            let address: JSONValue = [
                "type": "ipv4-addr", "spec_version": "2.1", "id": "ipv4-addr--28bb3599-77cd-5a82-a950-b5bc3caf07c4",
                "value": "198.51.100.3",
            ]
            let observable = try await Self.post(api, community, [address], key: world.owner)
            let detail = observable.json.objectValue?["successes"]?.arrayValue?.first?.objectValue
            #expect(detail?["version"]?.stringValue.flatMap(Timestamp.init) != nil, "TAXII requires a version, SCOs too")
            let again = try await Self.post(api, community, [green], key: world.owner)
            #expect(again.json.objectValue?["failures"]?.arrayValue?.first?.objectValue?["message"]?.stringValue?.contains("duplicate") == true)
            let statusID = try #require(status["id"]?.stringValue)
            let kept = try await api.call(.get, "/taxii2/api/status/\(statusID)/", key: world.owner, headers: Self.headers())
            #expect(kept.json == answer.json)
            let foreign = try await api.call(.get, "/taxii2/api/status/\(statusID)/", key: world.outsider, headers: Self.headers())
            #expect(foreign.status == .notFound)
        }
    }

    @Test("an outsider never sees group-only or RED objects through any TAXII path")
    func outsiderSeesNothingRestricted() async throws {
        let world = try await TestWorld.make()
        try await world.test { api in
            let owner = try await Self.collections(api, key: world.owner)
            let group = try Self.id(owner, "Group: Financial sector")
            let community = try Self.id(owner, "Community")
            let red = Fixtures.indicator(name: "red secret", tlp: .red)
            let amber = Fixtures.indicator(name: "group amber", tlp: .amber)
            let status = try await Self.post(api, group, [red, amber], key: world.owner)
            #expect(status.json.objectValue?["success_count"]?.intValue == 2)
            let secrets = [red, amber].compactMap { $0.objectValue?["id"]?.stringValue }
            let member = try await api.call(.get, "/taxii2/api/collections/\(group)/objects/", key: world.member, headers: Self.headers())
            #expect(Set(Self.ids(member)) == Set(secrets))
            for collection in [community, group] {
                let base = "/taxii2/api/collections/\(collection)"
                for path in ["\(base)/objects/", "\(base)/manifest/"] {
                    let answer = try await api.call(.get, path, key: world.outsider, headers: Self.headers())
                    #expect(!answer.text.contains("secret") && !answer.text.contains("group amber"), "\(path)")
                    #expect(Set(Self.ids(answer)).isDisjoint(with: secrets))
                }
                for secret in secrets {
                    for path in ["\(base)/objects/\(secret)/", "\(base)/objects/\(secret)/versions/"] {
                        let answer = try await api.call(.get, path, key: world.outsider, headers: Self.headers())
                        #expect(answer.status == .notFound, "\(path)")
                    }
                }
            }
        }
    }

    @Test("pages carry more, next and date headers; a next of another query is refused")
    func paging() async throws {
        let world = try await TestWorld.make()
        try await world.test { api in
            let community = try Self.id(try await Self.collections(api, key: world.owner), "Community")
            let objects = (0..<5).map { _ in Fixtures.indicator(tlp: .green) }
            _ = try await Self.post(api, community, objects, key: world.owner)
            let base = "/taxii2/api/collections/\(community)/objects/?match[type]=indicator&limit=2"
            var seen: [String] = []
            var next: String? = nil
            repeat {
                let answer = try await api.call(.get, base + (next.map { "&next=\($0)" } ?? ""), key: world.member, headers: Self.headers())
                #expect(answer.status == .ok)
                #expect(answer.headers[HTTPField.Name("X-TAXII-Date-Added-First")!] != nil)
                #expect(answer.headers[.contentType] == Self.taxii)
                seen += Self.ids(answer)
                next = answer.json.objectValue?["next"]?.stringValue
                #expect((answer.json.objectValue?["more"] == .bool(true)) == (next != nil))
            } while next != nil
            #expect(seen == objects.compactMap { $0.objectValue?["id"]?.stringValue })
            let first = try await api.call(.get, base, key: world.member, headers: Self.headers())
            let token = try #require(first.json.objectValue?["next"]?.stringValue)
            let misused = try await api.call(
                .get, "/taxii2/api/collections/\(community)/objects/?match[type]=malware&next=\(token)", key: world.member,
                headers: Self.headers())
            #expect(misused.status == .badRequest)
            #expect(misused.json.objectValue?["http_status"] == "400")
        }
    }

    @Test("match[version] selects first, last, all or particular versions; versions lists them")
    func versions() async throws {
        let world = try await TestWorld.make()
        try await world.test { api in
            let community = try Self.id(try await Self.collections(api, key: world.owner), "Community")
            let id = STIXIdentifier.make(type: "indicator")
            let times = ["2026-01-01T00:00:00.000Z", "2026-02-01T00:00:00.000Z", "2026-03-01T00:00:00.000Z"]
            _ = try await Self.post(api, community, times.map { Fixtures.indicator(id: id, tlp: .green, modified: $0) }, key: world.owner)
            let base = "/taxii2/api/collections/\(community)/objects/\(id)/"
            func modified(_ query: String) async throws -> [String] {
                let answer = try await api.call(.get, base + query, key: world.member, headers: Self.headers())
                return answer.json.objectValue?["objects"]?.arrayValue?.compactMap { $0.objectValue?["modified"]?.stringValue } ?? []
            }
            #expect(try await modified("") == [times[2]])
            #expect(try await modified("?match[version]=first") == [times[0]])
            #expect(try await modified("?match[version]=all").count == 3)
            #expect(try await modified("?match[version]=first,last").sorted() == [times[0], times[2]])
            #expect(try await modified("?match[version]=2026-02-01T00:00:00Z") == [times[1]])
            #expect(try await modified("?match%5Bversion%5D=first") == [times[0]], "percent-encoded keys, as requests sends them")
            let versions = try await api.call(.get, base + "versions/", key: world.member, headers: Self.headers())
            #expect(versions.json.objectValue?["versions"] == .array(times.map(JSONValue.string)))
            let bad = try await api.call(.get, base + "?match[version]=latest", key: world.member, headers: Self.headers())
            #expect(bad.status == .badRequest)
            #expect(try await modified("?match[spec_version]=2.0").isEmpty)
        }
    }

    @Test("only the owner deletes an object from a collection")
    func delete() async throws {
        let world = try await TestWorld.make()
        try await world.test { api in
            let community = try Self.id(try await Self.collections(api, key: world.owner), "Community")
            let object = Fixtures.indicator(tlp: .green)
            let id = try #require(object.objectValue?["id"]?.stringValue)
            _ = try await Self.post(api, community, [object], key: world.owner)
            let path = "/taxii2/api/collections/\(community)/objects/\(id)/"
            #expect(try await api.call(.delete, path, key: world.member, headers: Self.headers()).status == .forbidden)
            #expect(try await api.call(.delete, path, key: world.owner, headers: Self.headers()).status == .ok)
            #expect(try await api.call(.get, path, key: world.owner, headers: Self.headers()).status == .notFound)
            let log = try await world.store.auditLog(afterSequence: nil, limit: 100)
            #expect(log.contains { $0.action == .delete && $0.objectIDs == [id] })
        }
    }

    @Test("media types, sizes and credentials are checked with TAXII errors")
    func protocolErrors() async throws {
        let world = try await TestWorld.make()
        try await world.test(maxBundleBytes: 4_000) { api in
            let community = try Self.id(try await Self.collections(api, key: world.owner), "Community")
            let objects = "/taxii2/api/collections/\(community)/objects/"
            let wrongAccept = try await api.call(.get, objects, key: world.owner, headers: [.accept: "application/xml"])
            #expect(wrongAccept.status == .notAcceptable)
            #expect(wrongAccept.headers[.contentType] == Self.taxii)
            let wrongType = try await api.call(
                .post, objects, key: world.owner, body: Array(#"{"objects":[]}"#.utf8),
                headers: Self.headers([(.contentType, "application/json")]))
            #expect(wrongType.status == .unsupportedMediaType)
            let large = try await Self.post(api, community, (0..<20).map { _ in Fixtures.indicator(tlp: .green) }, key: world.owner)
            #expect(large.status == .contentTooLarge)
            let anonymous = try await api.call(.get, "/taxii2/", key: nil, headers: Self.headers())
            #expect(anonymous.status == .unauthorized)
            #expect(anonymous.headers[.wwwAuthenticate]?.hasPrefix("Basic") == true)
            let basic = "Basic " + Data("analyst:\(world.owner)".utf8).base64EncodedString()
            let discovery = try await api.call(.get, "/taxii2/", key: nil, headers: Self.headers([(.authorization, basic)]))
            #expect(discovery.status == .ok)
            #expect(discovery.json.objectValue?["api_roots"]?.arrayValue?.count == 1)
            let root = try await api.call(.get, "/taxii2/api/", key: world.owner, headers: Self.headers())
            #expect(root.json.objectValue?["max_content_length"]?.intValue == 4_000)
            let reader = try await Self.post(api, community, [Fixtures.indicator(tlp: .green)], key: world.ownerReader)
            #expect(reader.status == .forbidden)
        }
    }
}
