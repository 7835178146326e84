/// A domain error that says what was wrong and where; the server maps each case to one HTTP status.
public enum KizunaError: Error, Sendable, Hashable, CustomStringConvertible {
    /// Input that is malformed or breaks a rule; `path` names the field (a JSON path or parameter).
    case invalidInput(path: String, reason: String)
    /// No credentials, or credentials that are unknown, expired or revoked.
    case unauthenticated(reason: String)
    /// The requester's role does not allow the action.
    case forbidden(reason: String)
    /// The thing does not exist, or the requester may not know that it does.
    case notFound(what: String)
    /// The request conflicts with what is stored (a duplicate name, say).
    case conflict(path: String, reason: String)
    /// A request body beyond the configured maximum.
    case payloadTooLarge(limit: Int)
    /// The client accepts no media type the endpoint can answer with.
    case notAcceptable(reason: String)
    /// A request body of a media type the endpoint does not take.
    case unsupportedMediaType(reason: String)

    public var description: String {
        switch self {
        case .invalidInput(let path, let reason): "\(path): \(reason)"
        case .unauthenticated(let reason): reason
        case .forbidden(let reason): reason
        case .notFound(let what): "\(what) not found"
        case .conflict(let path, let reason): "\(path): \(reason)"
        case .payloadTooLarge(let limit): "request body exceeds the maximum of \(limit) bytes"
        case .notAcceptable(let reason): reason
        case .unsupportedMediaType(let reason): reason
        }
    }
}
