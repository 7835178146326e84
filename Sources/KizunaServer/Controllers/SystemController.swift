import Foundation
import Hummingbird
import KizunaCore
import Prometheus
import STIX

/// Health, metrics, the OpenAPI document and the audit log.
struct SystemController {
    let store: any Store
    let metrics: ServerMetrics

    func addRoutes(to routes: RouteRecorder) {
        routes.on(.get, "/health", self.health)
        routes.on(.get, "/metrics", self.prometheus)
        routes.on(.get, "/api/v1/openapi.json", self.openAPI)
        routes.on(.get, "/api/v1/audit", self.audit)
    }

    @Sendable func health(_ request: Request, context: KizunaRequestContext) async throws -> Response {
        do {
            // A one-row read: liveness must not cost a scan of the object table.
            _ = try await self.store.instanceOrganisationID()
            return .json(.object(["status": "ok"]))
        } catch {
            return .json(.object(["status": "unavailable", "detail": .string("store: \(error)")]), status: .serviceUnavailable)
        }
    }

    /// Counted over every organisation's objects, so only instance admins may scrape it.
    @Sendable func prometheus(_ request: Request, context: KizunaRequestContext) async throws -> Response {
        try MembershipService.requireAdmin(try context.requireRequester())
        self.metrics.setStoredObjects(try await self.store.storedVersionCount())
        return .json(bytes: self.metrics.registry.emitToBuffer(), contentType: "text/plain; version=0.0.4")
    }

    @Sendable func openAPI(_ request: Request, context: KizunaRequestContext) async throws -> Response {
        .json(bytes: Array(OpenAPIDocument.json.utf8))
    }

    @Sendable func audit(_ request: Request, context: KizunaRequestContext) async throws -> Response {
        let requester = try context.requireRequester()
        try MembershipService.requireAdmin(requester)
        let after = try request.uri.queryParameters["after"].map { text in
            guard let value = Int64(text) else { throw KizunaError.invalidInput(path: "after", reason: "expected an integer") }
            return value
        }
        let entries = try await self.store.auditLog(afterSequence: after, limit: 500)
        return .json(
            .array(
                entries.map { entry in
                    .object(
                        JSONObject([
                            ("sequence", .number(JSONNumber(Int(entry.sequence ?? 0)))), ("at", Present.date(entry.at)),
                            ("user_id", entry.userID.map { .number(JSONNumber(Int($0))) } ?? .null),
                            ("organisation_id", entry.organisationID.map { .number(JSONNumber(Int($0))) } ?? .null),
                            ("key", entry.keyPrefix.map { .string("kz_\($0)") } ?? .null),
                            ("action", .string(entry.action.rawValue)),
                            ("object_ids", .array(entry.objectIDs.map(JSONValue.string))),
                            ("detail", .string(entry.detail)),
                        ]))
                }))
    }
}
