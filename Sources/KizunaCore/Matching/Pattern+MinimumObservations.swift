public import STIXPatterns

extension Pattern {
    /// The fewest observations any match needs: `AND` and `FOLLOWEDBY` bind each operand to its own
    /// observation, `REPEATS n TIMES` needs n of its operand, `OR` its cheapest operand. An
    /// observed-data counts `number_observed` times, so a set whose counts sum below this cannot match.
    public var minimumObservations: Int {
        func minimum(_ expression: ObservationExpression) -> Int {
            switch expression {
            case .observation: 1
            case .and(let operands), .followedBy(let operands): operands.reduce(0) { $0.addingReportingOverflow(minimum($1)).partialValue }
            case .or(let operands): operands.map(minimum).min() ?? 1
            case .qualified(let inner, .repeats(let times)): minimum(inner).multipliedReportingOverflow(by: times).partialValue
            case .qualified(let inner, _): minimum(inner)
            }
        }
        return max(1, minimum(self.root))
    }
}
