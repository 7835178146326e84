import Foundation
import Hummingbird
import KizunaCore
import Logging

/// Authenticates `Authorization: Bearer <key>` and puts the requester in the context.
///
/// Requests without the header go on unauthenticated (public endpoints accept them; the others
/// ask ``KizunaRequestContext/requireRequester()``). A header with a bad key is refused at once.
struct AuthenticationMiddleware: RouterMiddleware {
    typealias Context = KizunaRequestContext
    let membership: MembershipService

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        guard let header = request.headers[.authorization] else { return try await next(request, context) }
        guard header.lowercased().hasPrefix("bearer ") else {
            throw KizunaError.unauthenticated(reason: "the Authorization header must be 'Bearer <API key>'")
        }
        let token = String(header.dropFirst(7)).trimmingCharacters(in: .whitespaces)
        var context = context
        let requester = try await self.membership.authenticate(token: token)
        context.requester = requester
        context.logger[metadataKey: "key"] = "\(requester.keyPrefix ?? "-")"
        context.logger[metadataKey: "org"] = "\(requester.organisationID)"
        return try await next(request, context)
    }
}
