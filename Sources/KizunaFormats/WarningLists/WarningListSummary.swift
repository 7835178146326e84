/// What one loaded warning list is: its name, type and size.
public struct WarningListSummary: Sendable, Hashable {
    /// The list's name.
    public let name: String
    /// How its entries match.
    public let type: WarningListType
    /// The number of entries in the list as written (entries reported in `WarningListSet.problems` included).
    public let entryCount: Int
    /// The file it was loaded from; nil for the built-in list.
    public let file: String?

    /// Whether this is the built-in list of reserved and private address ranges.
    public var isBuiltIn: Bool { self.file == nil }

    /// A summary of a list called `name`.
    public init(name: String, type: WarningListType, entryCount: Int, file: String?) {
        self.name = name
        self.type = type
        self.entryCount = entryCount
        self.file = file
    }
}
