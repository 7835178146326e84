/// What a user may do. Reading shared objects follows the visibility rule for every role.
public enum Role: String, Sendable, Codable, CaseIterable, Comparable {
    /// Reads what its organisation may read; cannot write.
    case reader
    /// Reads and shares intelligence for its organisation.
    case analyst
    /// An analyst who also manages its own organisation's users and keys.
    case orgAdmin = "org-admin"
    /// Manages the instance: organisations, users, keys and sharing groups of everyone.
    case admin

    private var rank: Int {
        switch self {
        case .reader: 0
        case .analyst: 1
        case .orgAdmin: 2
        case .admin: 3
        }
    }

    public static func < (lhs: Role, rhs: Role) -> Bool { lhs.rank < rhs.rank }

    /// Whether this role may share and revoke objects.
    public var canWrite: Bool { self >= .analyst }
}
