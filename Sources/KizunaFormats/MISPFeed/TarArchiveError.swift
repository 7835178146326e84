/// Why ``TarArchive`` refused an entry.
public enum TarArchiveError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The entry name is empty.
    case emptyName
    /// The entry name contains a NUL byte, which ends a name in a ustar header.
    case nulInName(String)
    /// The entry name is absolute or has a `..` component, which extracting tools would write outside the target.
    case unsafeName(String)
    /// The name fits neither the 100-byte name field nor a split at a `/` into a 155-byte prefix and a 100-byte name.
    case nameTooLong(String, bytes: Int)
    /// The contents are larger than the 11 octal digits of the ustar size field can say (8 GiB − 1).
    case contentsTooLarge(bytes: Int)

    /// What is wrong, in a sentence.
    public var description: String {
        switch self {
        case .emptyName:
            "tar entry name is empty"
        case .nulInName(let name):
            "tar entry name \(name.debugDescription) contains a NUL byte"
        case .unsafeName(let name):
            "tar entry name \(name.debugDescription) is absolute or contains a '..' component"
        case .nameTooLong(let name, let bytes):
            "tar entry name \(name.debugDescription) is \(bytes) bytes: ustar holds at most 100 bytes, or 255 split at a '/' "
                + "into a prefix of at most 155 and a name of at most 100"
        case .contentsTooLarge(let bytes):
            "tar entry of \(bytes) bytes is larger than ustar's limit of 8589934591 bytes"
        }
    }
}
