import Foundation
import Hummingbird
import KizunaCore
import NIOCore
import STIX

/// `POST /api/v1/bundles`: share a STIX bundle with an audience.
struct BundleController {
    let intake: IntakeService
    let metrics: ServerMetrics
    /// The largest bundle accepted, in bytes; larger bodies get 413.
    let maxBundleBytes: Int

    func addRoutes(to routes: RouteRecorder) {
        routes.on(.post, "/api/v1/bundles", self.create)
    }

    @Sendable func create(_ request: Request, context: KizunaRequestContext) async throws -> Response {
        let requester = try context.requireRequester()
        let parameters = request.uri.queryParameters
        if let unknown = parameters.first(where: { $0.key != "audience" })?.key {
            throw KizunaError.invalidInput(path: String(unknown), reason: "unknown query parameter; known: audience")
        }
        let audienceText = parameters["audience"].map(String.init) ?? "organisation"
        guard let audience = AudienceName(audienceText) else {
            throw KizunaError.invalidInput(
                path: "audience", reason: "'\(audienceText)' is not organisation, group:<name>, community or federation")
        }
        let body = try await request.bytes(upTo: self.maxBundleBytes)
        let report = try await self.intake.ingest(bundle: body, audience: audience, requester: requester)
        let counts = report.counts
        for status in [IngestStatus.created, .newVersion, .unchanged, .rejected] {
            self.metrics.recordIngest(status: status.rawValue, count: counts[status] ?? 0)
        }
        let summary = JSONObject(
            [IngestStatus.created, .newVersion, .unchanged, .rejected].map { ($0.rawValue, .number(JSONNumber(counts[$0] ?? 0))) })
        let response: JSONValue = .object(
            JSONObject([
                ("bundle_id", report.bundleID.map(JSONValue.string) ?? .null),
                ("audience", .string(audience.description)),
                ("summary", .object(summary)),
                ("results", .array(report.outcomes.map(Present.outcome))),
            ]))
        let allRejected = !report.outcomes.isEmpty && counts[.rejected] == report.outcomes.count
        return .json(response, status: allRejected ? .unprocessableContent : .ok)
    }
}
