import Foundation
import Hummingbird
import KizunaCore
import Logging
import NIOCore

/// Turns every error into the API's JSON error body, `{"error", "detail", "path"}`, with its status.
struct ErrorMiddleware: RouterMiddleware {
    typealias Context = KizunaRequestContext

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        do {
            return try await next(request, context)
        } catch let error as KizunaError {
            return Self.response(for: error)
        } catch is NIOTooManyBytesError {
            return Self.response(status: .contentTooLarge, error: "payload-too-large", detail: "request body too large", path: nil)
        } catch let error as HTTPError {
            let code = error.status == .notFound ? "not-found" : "http-error"
            return Self.response(status: error.status, error: code, detail: error.body ?? error.status.reasonPhrase, path: nil)
        } catch {
            context.logger.error("unexpected error: \(error)")
            return Self.response(status: .internalServerError, error: "internal", detail: "internal error", path: nil)
        }
    }

    static func response(for error: KizunaError) -> Response {
        switch error {
        case .invalidInput(let path, let reason):
            return self.response(status: .badRequest, error: "invalid-input", detail: reason, path: path)
        case .unauthenticated(let reason):
            var response = self.response(status: .unauthorized, error: "unauthenticated", detail: reason, path: nil)
            response.headers[.wwwAuthenticate] = "Bearer realm=\"kizuna\""
            return response
        case .forbidden(let reason):
            return self.response(status: .forbidden, error: "forbidden", detail: reason, path: nil)
        case .notFound(let what):
            return self.response(status: .notFound, error: "not-found", detail: "\(what) not found", path: nil)
        case .conflict(let path, let reason):
            return self.response(status: .conflict, error: "conflict", detail: reason, path: path)
        case .payloadTooLarge(let limit):
            return self.response(
                status: .contentTooLarge, error: "payload-too-large",
                detail: "request body exceeds the maximum of \(limit) bytes", path: nil)
        }
    }

    static func response(status: HTTPResponse.Status, error: String, detail: String, path: String?) -> Response {
        var object: [String: Any] = ["error": error, "detail": detail]
        object["path"] = path ?? NSNull()
        let data = (try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])) ?? Data()
        return Response(
            status: status, headers: [.contentType: "application/json"],
            body: .init(byteBuffer: ByteBuffer(bytes: data)))
    }
}
