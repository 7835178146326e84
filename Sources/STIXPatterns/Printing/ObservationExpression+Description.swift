extension ObservationExpression: CustomStringConvertible {
    /// Canonical text: nested compound operands and qualified compounds are parenthesised.
    public var description: String {
        switch self {
        case .observation(let comparison): "[\(comparison)]"
        case .and(let operands): Self.join(operands, "AND")
        case .or(let operands): Self.join(operands, "OR")
        case .followedBy(let operands): Self.join(operands, "FOLLOWEDBY")
        case .qualified: self.qualifiedChain().text
        }
    }

    private static func join(_ operands: [ObservationExpression], _ keyword: String) -> String {
        operands.map { operand in
            switch operand {
            case .and, .or, .followedBy: "(\(operand))"
            case .observation, .qualified: operand.description
            }
        }.joined(separator: " \(keyword) ")
    }

    /// The text of an observation or qualified expression and the qualifier kinds trailing it unparenthesised,
    /// so a repeated kind gets parentheses (and re-parses to the same nesting instead of being rejected).
    private func qualifiedChain() -> (text: String, kinds: Set<QualifierKind>) {
        switch self {
        case .qualified(let inner, let qualifier):
            let kind = QualifierKind(qualifier)
            switch inner {
            case .observation, .qualified:
                let (text, kinds) = inner.qualifiedChain()
                if kinds.contains(kind) { return ("(\(text)) \(qualifier)", [kind]) }
                return ("\(text) \(qualifier)", kinds.union([kind]))
            case .and, .or, .followedBy:
                return ("(\(inner)) \(qualifier)", [kind])
            }
        default:
            return (self.description, [])
        }
    }
}
