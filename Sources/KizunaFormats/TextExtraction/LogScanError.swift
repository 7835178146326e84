/// Why a log could not be scanned.
public enum LogScanError: Error, Equatable, CustomStringConvertible {
    /// The file could not be opened.
    case cannotOpen(path: String, errno: Int32)
    /// Reading the file failed part-way.
    case readFailed(path: String, errno: Int32, offset: Int)
    /// The chunk size is too small to be useful.
    case chunkSizeTooSmall(Int)

    /// A sentence for people.
    public var description: String {
        switch self {
        case .cannotOpen(let path, let errno): "cannot open log \(path) (errno \(errno))"
        case .readFailed(let path, let errno, let offset): "reading log \(path) failed at byte \(offset) (errno \(errno))"
        case .chunkSizeTooSmall(let size): "chunk size \(size) is below the minimum of 4096 bytes"
        }
    }
}
