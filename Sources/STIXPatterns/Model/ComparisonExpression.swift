/// The boolean combination of comparisons inside one pair of brackets.
public indirect enum ComparisonExpression: Sendable, Hashable {
    /// A single comparison (`file:name = 'a.exe'`).
    case comparison(Comparison)
    /// All operands must hold (`AND` binds tighter than `OR`).
    case and([ComparisonExpression])
    /// At least one operand must hold.
    case or([ComparisonExpression])
}
