/// An entry that could not be used, found while loading (the rest of its list, and every other list, still loads).
public struct WarningListProblem: Sendable, Hashable, CustomStringConvertible {
    /// The file the list came from.
    public let file: String
    /// The list's name.
    public let list: String
    /// The entry as written.
    public let entry: String
    /// Why it is not used.
    public let reason: String

    /// A problem with `entry` of `list` in `file`.
    public init(file: String, list: String, entry: String, reason: String) {
        self.file = file
        self.list = list
        self.entry = entry
        self.reason = reason
    }

    /// `<file>: list '<list>', entry '<entry>': <reason>`.
    public var description: String {
        "\(self.file): list '\(self.list)', entry '\(self.entry)': \(self.reason)"
    }
}
