import Foundation
import Hummingbird
import HummingbirdTesting
import KizunaCore
import KizunaSQLite
import KizunaServer
import NIOCore
import STIX
import Testing

/// Three organisations and their keys on an in-memory store: a bank that shares ("owner"), a
/// second bank in its sharing group ("member") and a university outside it ("outsider").
struct TestWorld: Sendable {
    let store: SQLiteStore
    let owner: String
    let member: String
    let outsider: String
    let ownerReader: String
    let admin: String
    let group = "Financial sector"
    let organisations: [String: Organisation]

    static let ownerName = "Sakura Bank"
    static let memberName = "Kaede Bank"
    static let outsiderName = "Hinoki University"

    static func make() async throws -> TestWorld {
        let store = try SQLiteStore()
        let membership = MembershipService(store: store)
        let (_, _, adminKey) = try #require(await membership.bootstrap(organisationName: "Coordination Centre", country: "JP"))
        var organisations: [String: Organisation] = [:]
        var keys: [String: String] = [:]
        for (name, sector) in [(Self.ownerName, Sector.finance), (Self.memberName, .finance), (Self.outsiderName, .academia)] {
            let organisation = try await membership.createOrganisation(name: name, sector: sector, subsector: nil, country: "JP", by: nil)
            organisations[name] = organisation
            let user = try await membership.createUser(
                name: "analyst-\(organisation.id)", email: nil, role: .analyst, organisationID: organisation.id, by: nil)
            keys[name] = try await membership.issueKey(for: user.id, label: nil, expiresAt: nil, by: nil).token
        }
        let ownerID = try #require(organisations[Self.ownerName]?.id)
        let reader = try await membership.createUser(name: "reader", email: nil, role: .reader, organisationID: ownerID, by: nil)
        let readerKey = try await membership.issueKey(for: reader.id, label: nil, expiresAt: nil, by: nil).token
        _ = try await membership.createGroup(
            name: "Financial sector", description: nil, members: [Self.ownerName, Self.memberName], by: nil)
        return TestWorld(
            store: store, owner: try #require(keys[Self.ownerName]), member: try #require(keys[Self.memberName]),
            outsider: try #require(keys[Self.outsiderName]), ownerReader: readerKey, admin: adminKey.token,
            organisations: organisations)
    }

    /// Runs `body` against the router with this world's store.
    func test<T: Sendable>(maxBundleBytes: Int = 8 << 20, _ body: @escaping @Sendable (API) async throws -> T) async throws -> T {
        let (router, _) = buildRouter(
            store: self.store, configuration: ServerConfiguration(maxBundleBytes: maxBundleBytes), metrics: ServerMetrics())
        let app = Application(router: router)
        return try await app.test(.router) { client in try await body(API(client: client)) }
    }
}

/// A thin client: requests with a key, JSON answers parsed with our JSON model.
struct API: Sendable {
    let client: any TestClientProtocol

    struct Answer: Sendable {
        let status: HTTPResponse.Status
        let body: [UInt8]
        let headers: HTTPFields

        var json: JSONValue { (try? JSON.parse(self.body)) ?? .null }
        var text: String { String(decoding: self.body, as: UTF8.self) }
        /// `items[].object.id` of a listing.
        var itemIDs: [String] {
            self.json.objectValue?["items"]?.arrayValue?.compactMap { $0.objectValue?["object"]?.objectValue?["id"]?.stringValue } ?? []
        }
        /// `objects[].id` of a bundle.
        var bundleIDs: [String] {
            self.json.objectValue?["objects"]?.arrayValue?.compactMap { $0.objectValue?["id"]?.stringValue } ?? []
        }
        var error: String? { self.json.objectValue?["error"]?.stringValue }
        var detail: String { self.json.objectValue?["detail"]?.stringValue ?? "" }
        var path: String? { self.json.objectValue?["path"]?.stringValue }
    }

    func call(
        _ method: HTTPRequest.Method, _ uri: String, key: String?, body: [UInt8]? = nil, headers: HTTPFields = [:]
    ) async throws -> Answer {
        var headers = headers
        if let key { headers[.authorization] = "Bearer \(key)" }
        let response = try await self.client.execute(
            uri: uri, method: method, headers: headers, body: body.map { ByteBuffer(bytes: $0) })
        return Answer(status: response.status, body: Array(response.body.readableBytesView), headers: response.headers)
    }

    func get(_ uri: String, key: String?) async throws -> Answer {
        try await self.call(.get, uri, key: key)
    }

    func post(_ uri: String, key: String?, json: String) async throws -> Answer {
        try await self.call(.post, uri, key: key, body: Array(json.utf8))
    }

    /// Shares `objects` as one bundle with `audience`.
    func share(_ objects: [JSONValue], audience: String, key: String) async throws -> Answer {
        let bundle = STIXBundle.make(objects: objects.map { JSON.serialize($0) })
        return try await self.call(.post, "/api/v1/bundles?audience=\(Self.escape(audience))", key: key, body: bundle)
    }

    static func escape(_ text: String) -> String {
        text.addingPercentEncoding(withAllowedCharacters: .alphanumerics.union(["-", "_", ".", "~", ":"])) ?? text
    }
}
