/// One comparison of an object path with a constant (`file:size > 1024`, `NOT EXISTS file:name`).
public struct Comparison: Sendable, Hashable {
    /// The property being compared.
    public let path: ObjectPath
    /// The comparison operator.
    public let `operator`: ComparisonOperator
    /// Whether the comparison is negated with `NOT`.
    public let negated: Bool
    /// The constant compared with; `nil` exactly when the operator is ``ComparisonOperator/exists``.
    public let value: PatternValue?

    /// Creates a comparison; pass `nil` as `value` for ``ComparisonOperator/exists``.
    public init(path: ObjectPath, operator: ComparisonOperator, negated: Bool = false, value: PatternValue?) {
        self.path = path
        self.operator = `operator`
        self.negated = negated
        self.value = value
    }
}
