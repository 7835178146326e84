extension Comparison: CustomStringConvertible {
    /// The comparison as written in a pattern (`file:name NOT = 'a'`, `NOT EXISTS file:name`).
    public var description: String {
        let not = self.negated ? "NOT " : ""
        guard self.operator != .exists, let value = self.value else {
            return "\(not)EXISTS \(self.path)"
        }
        return "\(self.path) \(not)\(self.operator.rawValue) \(value)"
    }
}
