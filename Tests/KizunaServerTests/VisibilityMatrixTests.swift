import Foundation
import KizunaCore
import STIX
import Testing

/// Owner, group member and outsider × five TLP levels × every audience the TLP allows × every
/// read path: each reader sees exactly what the visibility rule says.
@Suite("Visibility matrix")
struct VisibilityMatrixTests {
    enum Reader: String, CaseIterable, Sendable { case owner, member, outsider }
    enum ReadPath: String, CaseIterable, Sendable { case list, get, versions, search, count, export }

    struct Shared: Sendable {
        let id: String
        let token: String
        let tlp: TLP
        let audience: String
    }

    static let audiences = ["organisation", "group:Financial sector", "community", "federation"]

    /// Whether `reader` may see an object of `tlp` shared with `audience` by the owner.
    static func expected(_ reader: Reader, tlp: TLP, audience: String) -> Bool {
        switch reader {
        case .owner: true
        case .member: audience != "organisation"
        case .outsider: audience == "community" || audience == "federation"
        }
    }

    /// Shares one indicator per allowed (TLP, audience) pair, two versions each.
    static func populate(_ world: TestWorld, _ api: API) async throws -> [Shared] {
        var shared: [Shared] = []
        for tlp in TLP.allCases {
            for audience in Self.audiences {
                let kind = AudienceName(audience).map { name -> AudienceKind in
                    switch name {
                    case .organisation: .organisation
                    case .group: .group
                    case .community: .community
                    case .federation: .federation
                    }
                }
                guard let kind, VisibilityRule.allowedAudiences(for: tlp).contains(kind) else { continue }
                let id = STIXIdentifier.make(type: "indicator")
                let token = "tok\(UUID().uuidString.prefix(8).lowercased())"
                for modified in ["2026-01-02T00:00:00.000Z", "2026-01-03T00:00:00.000Z"] {
                    let answer = try await api.share(
                        [Fixtures.indicator(id: id, name: "matrix \(token)", tlp: tlp, modified: modified)],
                        audience: audience, key: world.owner)
                    #expect(answer.status == .ok, "\(tlp) to \(audience): \(answer.text)")
                }
                shared.append(Shared(id: id, token: token, tlp: tlp, audience: audience))
            }
        }
        return shared
    }

    @Test("each reader sees exactly what the rule allows", arguments: Reader.allCases, ReadPath.allCases)
    func matrix(reader: Reader, path: ReadPath) async throws {
        let world = try await TestWorld.make()
        try await world.test { api in
            let shared = try await Self.populate(world, api)
            #expect(shared.count == 16)
            let key =
                switch reader {
                case .owner: world.owner
                case .member: world.member
                case .outsider: world.outsider
                }
            let expectedIDs = Set(shared.filter { Self.expected(reader, tlp: $0.tlp, audience: $0.audience) }.map(\.id))
            switch path {
            case .list:
                let answer = try await api.get("/api/v1/objects?type=indicator&limit=1000", key: key)
                #expect(Set(answer.itemIDs) == expectedIDs)
                #expect(answer.itemIDs.count == expectedIDs.count, "one latest version per object")
            case .get, .versions:
                for object in shared {
                    let suffix = path == .versions ? "?versions=all" : ""
                    let answer = try await api.get("/api/v1/objects/\(object.id)\(suffix)", key: key)
                    let visible = expectedIDs.contains(object.id)
                    #expect(answer.status == (visible ? .ok : .notFound), "\(object.tlp) \(object.audience)")
                    if visible, path == .versions { #expect(answer.bundleIDs == [object.id, object.id]) }
                    if !visible { #expect(!answer.text.contains("matrix")) }
                }
            case .search:
                for object in shared {
                    let answer = try await api.get("/api/v1/objects?q=\(object.token)", key: key)
                    #expect(answer.itemIDs == (expectedIDs.contains(object.id) ? [object.id] : []))
                }
            case .count:
                let answer = try await api.get("/api/v1/counts?type=indicator", key: key)
                #expect(answer.json.objectValue?["total"]?.intValue == expectedIDs.count)
            case .export:
                let answer = try await api.get("/api/v1/export?format=stix", key: key)
                let ids = answer.bundleIDs.filter { $0.hasPrefix("indicator--") }
                #expect(Set(ids) == expectedIDs)
                #expect(ids.count == expectedIDs.count)
            }
        }
    }

    @Test("a TLP:RED object cannot be shared with the community, and nothing is stored", arguments: ["community", "federation"])
    func redRefused(audience: String) async throws {
        let world = try await TestWorld.make()
        try await world.test { api in
            let answer = try await api.share([Fixtures.indicator(tlp: .red)], audience: audience, key: world.owner)
            #expect(answer.status == .unprocessableContent)
            let result = answer.json.objectValue?["results"]?.arrayValue?.first?.objectValue
            #expect(result?["status"]?.stringValue == "rejected")
            let error = result?["errors"]?.arrayValue?.first?.objectValue
            #expect(error?["path"]?.stringValue == "$.objects[0].object_marking_refs")
            #expect(error?["reason"]?.stringValue?.contains("TLP:RED may not be shared with audience '\(audience)'") == true)
            let count = try await api.get("/api/v1/counts?type=indicator", key: world.owner)
            #expect(count.json.objectValue?["total"]?.intValue == 0)
        }
    }

    @Test("an object without TLP marking is treated as AMBER: never federated, readable by the community")
    func unmarkedIsAmber() async throws {
        let world = try await TestWorld.make()
        try await world.test { api in
            let refused = try await api.share([Fixtures.indicator(tlp: nil)], audience: "federation", key: world.owner)
            #expect(refused.status == .unprocessableContent)
            #expect(refused.text.contains("TLP:AMBER may not be shared"))
            let id = STIXIdentifier.make(type: "indicator")
            let accepted = try await api.share([Fixtures.indicator(id: id, tlp: nil)], audience: "community", key: world.owner)
            #expect(accepted.status == .ok)
            let listed = try await api.get("/api/v1/objects?tlp=amber", key: world.outsider)
            #expect(listed.itemIDs == [id])
        }
    }
}
