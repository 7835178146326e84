extension ComparisonExpression: CustomStringConvertible {
    /// Canonical text: nested `AND`/`OR` operands are parenthesised.
    public var description: String {
        switch self {
        case .comparison(let comparison): comparison.description
        case .and(let operands): Self.join(operands, "AND")
        case .or(let operands): Self.join(operands, "OR")
        }
    }

    private static func join(_ operands: [ComparisonExpression], _ keyword: String) -> String {
        operands.map { operand in
            if case .comparison = operand { return operand.description }
            return "(\(operand))"
        }.joined(separator: " \(keyword) ")
    }
}
