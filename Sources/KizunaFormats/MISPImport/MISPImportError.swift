public import STIX

/// A MISP document that could not be read, with where the problem is.
public struct MISPImportError: Error, Sendable, Hashable, CustomStringConvertible {
    /// Where in the input the problem is.
    public enum Location: Sendable, Hashable {
        /// A JSON syntax error at a byte offset, line and column.
        case syntax(JSONSyntaxError)
        /// A structural error at a JSON path such as `$.response[0].Event.Attribute[3].value`.
        case path(String)
        /// A problem with the file or directory itself (missing, unreadable).
        case file
    }

    /// The file or source name the input came from.
    public let source: String
    /// Where the problem is.
    public let location: Location
    /// What is wrong, e.g. `"expected a string, found number"`.
    public let message: String

    /// Creates an error.
    public init(source: String, location: Location, message: String) {
        self.source = source
        self.location = location
        self.message = message
    }

    /// The JSON path of a structural error, or `nil` for other errors.
    public var path: String? {
        if case .path(let path) = self.location { return path }
        return nil
    }

    /// `"event.json: line 3, column 17 (byte 42): expected ..."` or `"event.json: $.Event.info: expected a string, found number"`.
    public var description: String {
        switch self.location {
        case .syntax(let error):
            "\(self.source): line \(error.line), column \(error.column) (byte \(error.offset)): \(error.message)"
        case .path(let path):
            "\(self.source): \(path): \(self.message)"
        case .file:
            "\(self.source): \(self.message)"
        }
    }

    static func syntax(_ error: JSONSyntaxError, in source: String) -> MISPImportError {
        MISPImportError(source: source, location: .syntax(error), message: error.message)
    }

    static func structure(_ error: MISPStructureError, in source: String) -> MISPImportError {
        MISPImportError(source: source, location: .path(error.path), message: error.message)
    }
}
