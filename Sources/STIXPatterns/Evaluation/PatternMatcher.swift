import STIX

/// A pattern compiled for repeated evaluation against observations.
///
/// Compiling prepares everything that does not depend on the data: constants converted to the types they
/// compare with, regexes and `LIKE` patterns compiled, CIDR networks parsed, path steps classified. Matching
/// then evaluates each bracketed comparison expression once per observation and searches for a binding.
/// Values are immutable and `Sendable`; one matcher may be used from several tasks at once.
public struct PatternMatcher: Sendable {
    private let plan: EvaluationPlan

    /// Compiles `pattern`; never fails (comparisons that can never hold, such as an invalid regex, are false).
    public init(_ pattern: Pattern) {
        self.plan = EvaluationPlan(pattern)
    }

    /// The binding of the first match found, or `nil` when the observations do not match the pattern.
    ///
    /// The search tries observations in input order, so the result is deterministic for a given input.
    public func match(_ observations: [Observation]) -> PatternMatch? {
        if case .leaf(let leaf) = self.plan.root {
            let condition = self.plan.leaves[leaf]
            for index in observations.indices where observations[index].numberObserved >= 1 {
                if condition.admits(observations[index]) { return PatternMatch(observationIDs: [observations[index].id]) }
            }
            return nil
        }
        let search = BindingSearch(plan: self.plan, observations: observations)
        // The search recurses once per bound observation, at most as deep as the pattern's largest binding.
        let available = observations.reduce(0) { $0.addingSaturated(max(0, $1.numberObserved)) }
        let found = DeepStack.run(levels: min(self.plan.maximumBindingSize, available)) { search.firstBinding() }
        guard let binding = found else { return nil }
        return PatternMatch(observationIDs: binding.map { observations[$0].id })
    }

    /// Whether `observation` alone satisfies the pattern (fast path for indexes).
    ///
    /// For a single bracketed expression this evaluates it directly; otherwise it is ``match(_:)`` over
    /// the one observation (so `REPEATS` may be satisfied by its `number_observed`).
    public func matches(_ observation: Observation) -> Bool {
        if case .leaf(let leaf) = self.plan.root {
            return observation.numberObserved >= 1 && self.plan.leaves[leaf].admits(observation)
        }
        return self.match([observation]) != nil
    }
}
