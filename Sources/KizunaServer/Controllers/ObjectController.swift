import Foundation
import Hummingbird
import KizunaCore
import NIOCore
import STIX

/// Reading shared objects: list, get with versions, count, and revoking one's own.
struct ObjectController {
    let reads: ReadService
    let intake: IntakeService
    let store: any Store

    func addRoutes(to routes: RouteRecorder) {
        routes.on(.get, "/api/v1/objects", self.list)
        routes.on(.get, "/api/v1/objects/{id}", self.get)
        routes.on(.post, "/api/v1/objects/{id}/revoke", self.revoke)
        routes.on(.get, "/api/v1/counts", self.count)
    }

    @Sendable func list(_ request: Request, context: KizunaRequestContext) async throws -> Response {
        let requester = try context.requireRequester()
        let names = try await EnvelopeNames.load(self.store)
        let query = try ObjectQuery(parameters: request.uri.queryParameters, organisations: Array(names.organisations.values))
        let page = try await self.reads.list(query, requester: requester)
        var body: [UInt8] = Array(#"{"items":["#.utf8)
        for (index, object) in page.objects.enumerated() {
            if index > 0 { body.append(UInt8(ascii: ",")) }
            names.writeItem(object, into: &body)
        }
        body += Array(#"],"next":"#.utf8)
        let next = page.nextCursor.map { "\"\($0)\"" } ?? "null"
        body += Array(next.utf8)
        body.append(UInt8(ascii: "}"))
        return .json(bytes: body)
    }

    @Sendable func get(_ request: Request, context: KizunaRequestContext) async throws -> Response {
        let requester = try context.requireRequester()
        let id = try context.pathParameter("id")
        let selectorText = request.uri.queryParameters["versions"].map(String.init) ?? "last"
        guard let selector = VersionSelector(selectorText) else {
            throw KizunaError.invalidInput(path: "versions", reason: "'\(selectorText)' is not all, first, last or an RFC 3339 timestamp")
        }
        let versions = try await self.reads.get(id: id, versions: selector, requester: requester)
        if selectorText == "last" || selectorText == "first", let only = versions.first {
            return .json(bytes: only.json)
        }
        return .json(bytes: STIXBundle.make(objects: versions.map(\.json)))
    }

    @Sendable func revoke(_ request: Request, context: KizunaRequestContext) async throws -> Response {
        let requester = try context.requireRequester()
        let id = try context.pathParameter("id")
        let revoked = try await self.intake.revoke(id: id, requester: requester)
        return .json(bytes: revoked.json)
    }

    @Sendable func count(_ request: Request, context: KizunaRequestContext) async throws -> Response {
        let requester = try context.requireRequester()
        let query = try ObjectQuery(parameters: request.uri.queryParameters, organisations: try await self.store.organisations())
        let counts = try await self.reads.count(query, requester: requester)
        let byType = JSONObject(counts.sorted { $0.key < $1.key }.map { ($0.key, .number(JSONNumber($0.value))) })
        return .json(.object(JSONObject([("total", .number(JSONNumber(counts.values.reduce(0, +)))), ("by_type", .object(byType))])))
    }
}
