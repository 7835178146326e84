import Foundation
import Hummingbird

/// A route the server answers, as registered; the OpenAPI test checks each is documented.
public struct RegisteredRoute: Sendable, Hashable, CustomStringConvertible {
    public let method: String
    /// The path in OpenAPI form, `/api/v1/objects/{id}`.
    public let path: String

    public var description: String { "\(self.method) \(self.path)" }
}

/// Registers handlers on the router and remembers what it registered.
final class RouteRecorder {
    let router: Router<KizunaRequestContext>
    private(set) var routes: [RegisteredRoute] = []

    init(router: Router<KizunaRequestContext>) {
        self.router = router
    }

    /// Adds a handler; `path` uses `{name}` for parameters, as OpenAPI does.
    func on(
        _ method: HTTPRequest.Method, _ path: String,
        _ handler: @Sendable @escaping (Request, KizunaRequestContext) async throws -> Response
    ) {
        let routerPath = path.replacingOccurrences(of: "{", with: ":").replacingOccurrences(of: "}", with: "")
        self.router.on(RouterPath(routerPath), method: method, use: handler)
        self.routes.append(RegisteredRoute(method: method.rawValue, path: path))
    }
}
