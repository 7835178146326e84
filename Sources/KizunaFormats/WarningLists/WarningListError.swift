/// Why warning lists could not be loaded.
public enum WarningListError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The directory does not exist or is not a directory.
    case directoryNotFound(String)
    /// The directory holds no `*/list.json` or `*.json` file.
    case noListsFound(String)
    /// A file could not be read.
    case unreadableFile(file: String, reason: String)
    /// A file is not valid JSON.
    case malformedJSON(file: String, reason: String)
    /// A file is JSON but not a MISP warning list (a required property missing or of the wrong type, an unknown type).
    case invalidList(file: String, reason: String)

    /// A sentence naming the path and what is wrong.
    public var description: String {
        switch self {
        case .directoryNotFound(let path): "warning list directory '\(path)' does not exist or is not a directory"
        case .noListsFound(let path): "no warning lists (*/list.json or *.json) in '\(path)'"
        case .unreadableFile(let file, let reason): "\(file): cannot be read: \(reason)"
        case .malformedJSON(let file, let reason): "\(file): not valid JSON: \(reason)"
        case .invalidList(let file, let reason): "\(file): not a MISP warning list: \(reason)"
        }
    }
}
