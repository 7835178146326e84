/// Why a byte sequence is not a STIX bundle, with the JSON path of the problem.
public enum BundleError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The input is not well-formed JSON.
    case syntax(JSONSyntaxError)
    /// The top-level value is not a JSON object.
    case notAnObject(found: String)
    /// A bundle property is missing or wrong; `path` is e.g. `$.type`, `$.id`, `$.objects`.
    case invalidProperty(path: String, reason: String)

    /// The JSON path of the problem (`$` for syntax errors and non-objects).
    public var path: String {
        switch self {
        case .syntax, .notAnObject: "$"
        case .invalidProperty(let path, _): path
        }
    }

    /// What was wrong, without the path.
    public var reason: String {
        switch self {
        case .syntax(let error): "invalid JSON at \(error)"
        case .notAnObject(let found): "a bundle must be a JSON object, found \(found)"
        case .invalidProperty(_, let reason): reason
        }
    }

    /// `"$.type: expected \"bundle\", found \"report\""`.
    public var description: String {
        "\(self.path): \(self.reason)"
    }
}
