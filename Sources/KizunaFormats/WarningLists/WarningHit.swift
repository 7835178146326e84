/// One warning list a value is on, and the entry that matched it.
public struct WarningHit: Sendable, Hashable, CustomStringConvertible {
    /// The list's name (its `name` property).
    public let list: String
    /// The list's type (`cidr`, `hostname`, `string`, `substring` or `regex`).
    public let type: String
    /// The entry that matched, as written in the list.
    public let entry: String

    /// A hit on `list` (of `type`) through `entry`.
    public init(list: String, type: String, entry: String) {
        self.list = list
        self.type = type
        self.entry = entry
    }

    /// `'<list>' (<type> entry '<entry>')`.
    public var description: String {
        "'\(self.list)' (\(self.type) entry '\(self.entry)')"
    }
}
