public import STIXPatterns

extension Pattern {
    /// The SCO types the pattern's object paths start from (`ipv4-addr`, `file`, …).
    public var objectTypes: Set<String> {
        var types = Set<String>()
        func visit(_ expression: ObservationExpression) {
            switch expression {
            case .observation(let comparisons): visit(comparisons)
            case .and(let operands), .or(let operands), .followedBy(let operands): operands.forEach(visit)
            case .qualified(let inner, _): visit(inner)
            }
        }
        func visit(_ expression: ComparisonExpression) {
            switch expression {
            case .comparison(let comparison): types.insert(comparison.path.objectType)
            case .and(let operands), .or(let operands): operands.forEach(visit)
            }
        }
        visit(self.root)
        return types
    }
}
