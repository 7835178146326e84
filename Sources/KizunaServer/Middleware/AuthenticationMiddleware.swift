import Foundation
import Hummingbird
import KizunaCore
import Logging

/// Authenticates `Authorization: Bearer <key>` (or HTTP Basic with the key as password, as TAXII
/// clients send it) and puts the requester in the context.
///
/// Requests without the header go on unauthenticated (public endpoints accept them; the others
/// ask ``KizunaRequestContext/requireRequester()``). A header with a bad key is refused at once.
struct AuthenticationMiddleware: RouterMiddleware {
    typealias Context = KizunaRequestContext
    let membership: MembershipService

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        guard let header = request.headers[.authorization] else { return try await next(request, context) }
        let token = try Self.token(from: header)
        var context = context
        let authentication = try await self.membership.authenticate(token: token)
        let requester = authentication.requester
        context.requester = requester
        context.collectionContext = authentication.collections
        context.logger[metadataKey: "key"] = "\(requester.keyPrefix ?? "-")"
        context.logger[metadataKey: "org"] = "\(requester.organisationID)"
        return try await next(request, context)
    }

    /// The API key in an `Authorization` header: `Bearer <key>`, or `Basic` with the key as password.
    static func token(from header: String) throws -> String {
        let parts = header.split(separator: " ", maxSplits: 1)
        let scheme = parts.first?.lowercased() ?? ""
        let value = parts.count == 2 ? parts[1].trimmingCharacters(in: .whitespaces) : ""
        switch scheme {
        case "bearer":
            return value
        case "basic":
            guard let data = Data(base64Encoded: value), let text = String(data: data, encoding: .utf8),
                let colon = text.firstIndex(of: ":")
            else {
                throw KizunaError.unauthenticated(reason: "the Basic credentials are not base64 of 'user:API key'")
            }
            return String(text[text.index(after: colon)...])
        default:
            throw KizunaError.unauthenticated(
                reason: "the Authorization header must be 'Bearer <API key>' or Basic with the API key as password")
        }
    }
}
