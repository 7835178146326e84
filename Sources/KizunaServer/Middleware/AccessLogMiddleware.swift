import Hummingbird
import Logging

/// Logs each request that passed authentication once, with the requester's key prefix and organisation in
/// the logger metadata (set by ``AuthenticationMiddleware``), never the key itself.
struct AccessLogMiddleware: RouterMiddleware {
    typealias Context = KizunaRequestContext

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        let start = ContinuousClock.now
        do {
            let response = try await next(request, context)
            Self.log(request, context: context, outcome: "\(response.status.code)", since: start)
            return response
        } catch {
            Self.log(request, context: context, outcome: "error: \(error)", since: start)
            throw error
        }
    }

    private static func log(_ request: Request, context: Context, outcome: String, since start: ContinuousClock.Instant) {
        let elapsed = ContinuousClock.now - start
        context.logger.info(
            "\(request.method) \(request.uri.path) \(outcome)",
            metadata: ["duration_ms": "\(elapsed.components.seconds * 1000 + elapsed.components.attoseconds / 1_000_000_000_000_000)"])
    }
}
