/// One step of an ``ObjectPath``.
public enum PathStep: Sendable, Hashable {
    /// A property or dictionary key (`name`, `'SHA-256'`).
    case property(String)
    /// A list index (`[0]`; the grammar also admits negative indexes).
    case index(Int)
    /// Any list element (`[*]`).
    case anyIndex
}
