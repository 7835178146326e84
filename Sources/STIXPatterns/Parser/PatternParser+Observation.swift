extension PatternParser {
    /// `observationExpressions : observationExpressionOr (FOLLOWEDBY observationExpressionOr)*`.
    mutating func parseFollowedBy() throws(PatternSyntaxError) -> ObservationExpression {
        var operands = [try self.parseObservationOr()]
        while self.accept(.followedBy) { operands.append(try self.parseObservationOr()) }
        return operands.count == 1 ? operands[0] : .followedBy(operands)
    }

    /// `observationExpressionOr : observationExpressionAnd (OR observationExpressionAnd)*`.
    mutating func parseObservationOr() throws(PatternSyntaxError) -> ObservationExpression {
        var operands = [try self.parseObservationAnd()]
        while self.accept(.or) { operands.append(try self.parseObservationAnd()) }
        return operands.count == 1 ? operands[0] : .or(operands)
    }

    /// `observationExpressionAnd : qualifiedObservation (AND qualifiedObservation)*`.
    mutating func parseObservationAnd() throws(PatternSyntaxError) -> ObservationExpression {
        var operands = [try self.parseQualifiedObservation()]
        while self.accept(.and) { operands.append(try self.parseQualifiedObservation()) }
        return operands.count == 1 ? operands[0] : .and(operands)
    }

    /// A bracketed or parenthesised observation followed by any qualifiers, each kind at most once.
    mutating func parseQualifiedObservation() throws(PatternSyntaxError) -> ObservationExpression {
        var expression = try self.parsePrimaryObservation()
        var seen: Set<QualifierKind> = []
        while let start = self.qualifierStart() {
            let qualifier = try self.parseQualifier()
            let kind = QualifierKind(qualifier)
            guard seen.insert(kind).inserted else {
                throw PatternSyntaxError(
                    at: start.offset, "duplicate \(start.text) qualifier: each kind may apply once to an observation expression")
            }
            expression = .qualified(expression, qualifier)
        }
        return expression
    }

    /// `'[' comparisonExpression ']'` or `'(' observationExpressions ')'`.
    mutating func parsePrimaryObservation() throws(PatternSyntaxError) -> ObservationExpression {
        switch self.current.kind {
        case .leftBracket:
            try self.enterNesting()
            self.advance()
            let comparison = try self.parseComparisonOr()
            try self.expect(.rightBracket, "expected ']' to close the observation")
            self.leaveNesting()
            return .observation(comparison)
        case .leftParen:
            try self.enterNesting()
            self.advance()
            let inner = try self.parseFollowedBy()
            try self.expect(.rightParen, "expected ')' to close the parenthesised observation expression")
            self.leaveNesting()
            return inner
        default:
            throw self.unexpected("expected '[' or '(' to start an observation expression")
        }
    }

    private func qualifierStart() -> Token? {
        switch self.current.kind {
        case .keyword(.within), .keyword(.repeats), .keyword(.start): self.current
        default: nil
        }
    }
}
