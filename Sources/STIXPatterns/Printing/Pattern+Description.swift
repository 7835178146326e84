extension Pattern: CustomStringConvertible {
    /// Canonical pattern text; ``Pattern/parse(_:)`` of it yields an equal pattern.
    public var description: String {
        self.root.description
    }
}
