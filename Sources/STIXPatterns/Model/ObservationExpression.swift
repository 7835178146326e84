/// An observation expression: what must be observed, possibly combined and qualified.
public indirect enum ObservationExpression: Sendable, Hashable {
    /// A bracketed comparison expression (`[file:name = 'a.exe']`), matched against one observation.
    case observation(ComparisonExpression)
    /// All operands must match (`A AND B`), each in its own observation.
    case and([ObservationExpression])
    /// At least one operand must match (`A OR B`).
    case or([ObservationExpression])
    /// The operands must match in this order in time (`A FOLLOWEDBY B`).
    case followedBy([ObservationExpression])
    /// An expression restricted by a qualifier (`A WITHIN 5 SECONDS`).
    case qualified(ObservationExpression, Qualifier)
}
