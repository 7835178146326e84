import Foundation
import Hummingbird
import KizunaCore
import Logging
import NIOCore

/// Turns every error into one JSON error body with its status: `{"error", "detail", "path"}` on
/// the REST API, the TAXII error resource (`title`, `description`, `http_status`) under `/taxii2`.
struct ErrorMiddleware: RouterMiddleware {
    typealias Context = KizunaRequestContext

    /// An error as the API reports it.
    struct Failure {
        var status: HTTPResponse.Status
        var code: String
        var detail: String
        var path: String?
    }

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        let failure: Failure
        do {
            return try await next(request, context)
        } catch let error as KizunaError {
            failure = Self.failure(for: error)
        } catch is NIOTooManyBytesError {
            failure = Failure(status: .contentTooLarge, code: "payload-too-large", detail: "request body too large")
        } catch let error as HTTPError {
            let code = error.status == .notFound ? "not-found" : "http-error"
            failure = Failure(status: error.status, code: code, detail: error.body ?? error.status.reasonPhrase)
        } catch {
            context.logger.error("unexpected error: \(error)")
            failure = Failure(status: .internalServerError, code: "internal", detail: "internal error")
        }
        let isTAXII = request.uri.path.hasPrefix("/taxii2")
        var response = isTAXII ? Self.taxiiResponse(failure) : Self.response(failure)
        if failure.status == .unauthorized {
            response.headers[.wwwAuthenticate] = isTAXII ? "Basic realm=\"kizuna\"" : "Bearer realm=\"kizuna\""
        }
        return response
    }

    static func failure(for error: KizunaError) -> Failure {
        switch error {
        case .invalidInput(let path, let reason):
            Failure(status: .badRequest, code: "invalid-input", detail: reason, path: path)
        case .unauthenticated(let reason):
            Failure(status: .unauthorized, code: "unauthenticated", detail: reason)
        case .forbidden(let reason):
            Failure(status: .forbidden, code: "forbidden", detail: reason)
        case .notFound(let what):
            Failure(status: .notFound, code: "not-found", detail: "\(what) not found")
        case .conflict(let path, let reason):
            Failure(status: .conflict, code: "conflict", detail: reason, path: path)
        case .payloadTooLarge(let limit):
            Failure(
                status: .contentTooLarge, code: "payload-too-large",
                detail: "request body exceeds the maximum of \(limit) bytes")
        case .notAcceptable(let reason):
            Failure(status: .notAcceptable, code: "not-acceptable", detail: reason)
        case .unsupportedMediaType(let reason):
            Failure(status: .unsupportedMediaType, code: "unsupported-media-type", detail: reason)
        }
    }

    static func response(_ failure: Failure) -> Response {
        var object: [String: Any] = ["error": failure.code, "detail": failure.detail]
        object["path"] = failure.path ?? NSNull()
        return Self.json(object, status: failure.status, contentType: "application/json")
    }

    static func taxiiResponse(_ failure: Failure) -> Response {
        var object: [String: Any] = [
            "title": failure.status.reasonPhrase, "description": failure.detail,
            "http_status": String(failure.status.code), "error_code": failure.code,
        ]
        if let path = failure.path { object["details"] = ["path": path] }
        return Self.json(object, status: failure.status, contentType: TAXIIMedia.taxii)
    }

    private static func json(_ object: [String: Any], status: HTTPResponse.Status, contentType: String) -> Response {
        let data = (try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])) ?? Data()
        return Response(status: status, headers: [.contentType: contentType], body: .init(byteBuffer: ByteBuffer(bytes: data)))
    }
}

extension ErrorMiddleware.Failure {
    init(status: HTTPResponse.Status, code: String, detail: String) {
        self.init(status: status, code: code, detail: detail, path: nil)
    }
}
