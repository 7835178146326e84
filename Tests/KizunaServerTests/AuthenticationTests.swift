import Foundation
import KizunaCore
import STIX
import Testing

@Suite("Keys and roles")
struct AuthenticationTests {
    @Test("requests without a key, with a malformed key or an unknown key get 401")
    func missingOrBadKey() async throws {
        let world = try await TestWorld.make()
        try await world.test { api in
            #expect(try await api.get("/api/v1/objects", key: nil).status == .unauthorized)
            let malformed = try await api.get("/api/v1/objects", key: "letmein")
            #expect(malformed.status == .unauthorized)
            #expect(malformed.detail.contains("malformed"))
            let unknown = APIKeySecret.generate().token
            #expect(try await api.get("/api/v1/objects", key: unknown).status == .unauthorized)
            #expect(try await api.get("/health", key: nil).status == .ok)
        }
    }

    @Test("a revoked key stops working at once")
    func revokedKey() async throws {
        let world = try await TestWorld.make()
        try await world.test { api in
            let created = try await api.post("/api/v1/keys", key: world.owner, json: #"{"label":"siem"}"#)
            #expect(created.status == .created)
            let token = try #require(created.json.objectValue?["key"]?.stringValue)
            let prefix = try #require(created.json.objectValue?["prefix"]?.stringValue)
            #expect(try await api.get("/api/v1/me", key: token).status == .ok)
            let listed = try await api.get("/api/v1/keys", key: world.owner)
            #expect(!listed.text.contains(token), "a listing never shows the secret")
            #expect(try await api.call(.delete, "/api/v1/keys/\(prefix)", key: world.owner).status == .noContent)
            let refused = try await api.get("/api/v1/me", key: token)
            #expect(refused.status == .unauthorized)
            #expect(refused.detail.contains("revoked"))
        }
    }

    @Test("a cached key still needs its own secret; group changes reach collections at once")
    func cachedCredentials() async throws {
        let world = try await TestWorld.make()
        try await world.test { api in
            #expect(try await api.get("/api/v1/me", key: world.owner).status == .ok)
            // Same prefix, another secret: the cached entry does not let it in.
            let parts = world.owner.split(separator: "_")
            let forged = "\(parts[0])_\(parts[1])_" + String(repeating: "A", count: 43)
            #expect(try await api.get("/api/v1/me", key: forged).status == .unauthorized)
            #expect(try await api.get("/api/v1/me", key: world.owner).status == .ok)
            // The outsider joins the group: its next request sees the group's collection.
            let before = try await api.get("/taxii2/api/collections/", key: world.outsider)
            #expect(!before.text.contains("Financial sector"))
            let members = #"{"members": ["\#(TestWorld.ownerName)", "\#(TestWorld.memberName)", "\#(TestWorld.outsiderName)"]}"#
            let changed = try await api.call(
                .put, "/api/v1/groups/\(API.escape(world.group))/members", key: world.admin, body: Array(members.utf8))
            #expect(changed.status == .ok, "\(changed.text)")
            let after = try await api.get("/taxii2/api/collections/", key: world.outsider)
            #expect(after.text.contains("Financial sector"))
        }
    }

    @Test("an expired key is refused, and a key cannot be issued already expired")
    func expiredKey() async throws {
        let world = try await TestWorld.make()
        let user = try #require(try await world.store.users(in: world.organisations[TestWorld.ownerName]?.id).first)
        let secret = APIKeySecret.generate()
        _ = try await world.store.createAPIKey(
            NewAPIKey(userID: user.id, prefix: secret.prefix, secretHash: secret.secretHash, label: nil, expiresAt: Date().addingTimeInterval(-1)))
        try await world.test { api in
            let refused = try await api.get("/api/v1/me", key: secret.token)
            #expect(refused.status == .unauthorized)
            #expect(refused.detail.contains("expired"))
            let past = try await api.post("/api/v1/keys", key: world.owner, json: #"{"expires_at":"2020-01-01T00:00:00Z"}"#)
            #expect(past.status == .badRequest)
            #expect(past.path == "expires_at")
        }
    }

    @Test("a reader cannot share or revoke")
    func readerCannotWrite() async throws {
        let world = try await TestWorld.make()
        try await world.test { api in
            let answer = try await api.share([Fixtures.indicator(tlp: .green)], audience: "community", key: world.ownerReader)
            #expect(answer.status == .forbidden)
            #expect(answer.detail.contains("reader"))
            let id = STIXIdentifier.make(type: "indicator")
            _ = try await api.share([Fixtures.indicator(id: id, tlp: .green)], audience: "community", key: world.owner)
            #expect(try await api.call(.post, "/api/v1/objects/\(id)/revoke", key: world.ownerReader).status == .forbidden)
            #expect(try await api.get("/api/v1/objects/\(id)", key: world.ownerReader).status == .ok)
        }
    }

    @Test("only admins create organisations and groups; analysts cannot create users")
    func adminOnly() async throws {
        let world = try await TestWorld.make()
        try await world.test { api in
            let body = #"{"name":"Tokyo Power","sector":"critical-infrastructure","subsector":"energy","country":"JP"}"#
            #expect(try await api.post("/api/v1/organisations", key: world.owner, json: body).status == .forbidden)
            #expect(try await api.post("/api/v1/organisations", key: world.admin, json: body).status == .created)
            let duplicate = try await api.post("/api/v1/organisations", key: world.admin, json: body)
            #expect(duplicate.status == .conflict)
            #expect(duplicate.path == "name")
            let badSector = try await api.post("/api/v1/organisations", key: world.admin, json: #"{"name":"X","sector":"navy","country":"JP"}"#)
            #expect(badSector.status == .badRequest)
            #expect(badSector.path == "$.sector")
            let typo = try await api.post(
                "/api/v1/organisations", key: world.admin, json: #"{"name":"Y","sector":"isp","country":"JP","contry":"JP"}"#)
            #expect(typo.path == "$.contry")
            let group = #"{"name":"CI council","members":["Tokyo Power"]}"#
            #expect(try await api.post("/api/v1/groups", key: world.owner, json: group).status == .forbidden)
            #expect(try await api.post("/api/v1/groups", key: world.admin, json: group).status == .created)
            #expect(try await api.post("/api/v1/users", key: world.owner, json: #"{"name":"eve"}"#).status == .forbidden)
        }
    }

    @Test("an org-admin manages users of its own organisation only, never admins")
    func orgAdminScope() async throws {
        let world = try await TestWorld.make()
        let membership = MembershipService(store: world.store)
        let ownerID = try #require(world.organisations[TestWorld.ownerName]?.id)
        let outsiderID = try #require(world.organisations[TestWorld.outsiderName]?.id)
        let orgAdmin = try await membership.createUser(name: "boss", email: nil, role: .orgAdmin, organisationID: ownerID, by: nil)
        let key = try await membership.issueKey(for: orgAdmin.id, label: nil, expiresAt: nil, by: nil).token
        try await world.test { api in
            let carol = try await api.post("/api/v1/users", key: key, json: #"{"name":"carol","role":"analyst"}"#)
            #expect(carol.status == .created)
            let mallory = try await api.post("/api/v1/users", key: key, json: #"{"name":"mallory","role":"admin"}"#)
            #expect(mallory.status == .forbidden)
            let elsewhere = #"{"name":"trent","organisation_id":\#(outsiderID)}"#
            let trent = try await api.post("/api/v1/users", key: key, json: elsewhere)
            #expect(trent.status == .forbidden)
        }
    }
}
