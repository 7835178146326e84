extension PatternParser {
    /// `comparisonExpression : comparisonExpressionAnd (OR comparisonExpressionAnd)*`.
    mutating func parseComparisonOr() throws(PatternSyntaxError) -> ComparisonExpression {
        var operands = [try self.parseComparisonAnd()]
        while self.accept(.or) { operands.append(try self.parseComparisonAnd()) }
        return operands.count == 1 ? operands[0] : .or(operands)
    }

    /// `comparisonExpressionAnd : propTest (AND propTest)*`.
    mutating func parseComparisonAnd() throws(PatternSyntaxError) -> ComparisonExpression {
        var operands = [try self.parsePropTest()]
        while self.accept(.and) { operands.append(try self.parsePropTest()) }
        return operands.count == 1 ? operands[0] : .and(operands)
    }

    /// A parenthesised comparison expression, `NOT? EXISTS path`, or `path NOT? operator constant`.
    mutating func parsePropTest() throws(PatternSyntaxError) -> ComparisonExpression {
        switch self.current.kind {
        case .leftParen:
            try self.enterNesting()
            self.advance()
            let inner = try self.parseComparisonOr()
            try self.expect(.rightParen, "expected ')' to close the parenthesised comparison expression")
            self.leaveNesting()
            return inner
        case .keyword(.not), .keyword(.exists):
            let negated = self.accept(.not)
            try self.expect(.keyword(.exists), "expected 'EXISTS' after a leading 'NOT' (other operators take NOT after the path)")
            let path = try self.parseObjectPath()
            return .comparison(Comparison(path: path, operator: .exists, negated: negated, value: nil))
        case .identifier:
            return .comparison(try self.parseComparison())
        default:
            throw self.unexpected("expected an object path, 'EXISTS' or '(' to start a comparison")
        }
    }

    /// `path NOT? operator constant`, with the constant kinds each operator admits.
    private mutating func parseComparison() throws(PatternSyntaxError) -> Comparison {
        let path = try self.parseObjectPath()
        let negated = self.accept(.not)
        guard let op = Self.comparisonOperator(self.current.kind) else {
            throw self.unexpected(
                "expected a comparison operator (=, !=, <, <=, >, >=, IN, LIKE, MATCHES, ISSUBSET, ISSUPERSET) after '\(path)'")
        }
        let operatorText = self.advance().text
        let value: PatternValue
        switch op {
        case .equal, .notEqual: value = try self.parseLiteral(allowsBoolean: true, after: operatorText)
        case .less, .lessOrEqual, .greater, .greaterOrEqual: value = try self.parseLiteral(allowsBoolean: false, after: operatorText)
        case .in: value = try self.parseSet()
        case .like, .matches, .isSubset, .isSuperset, .exists:
            let offset = self.current.offset
            value = try self.parseStringOperand(after: operatorText)
            try Self.checkConstant(value, of: op, at: offset)
        }
        return Comparison(path: path, operator: op, negated: negated, value: value)
    }

    /// The operator a token spells, if it is one that follows a path.
    private static func comparisonOperator(_ kind: Token.Kind) -> ComparisonOperator? {
        switch kind {
        case .comparison(let op): op
        case .keyword(.in): .in
        case .keyword(.like): .like
        case .keyword(.matches): .matches
        case .keyword(.isSubset): .isSubset
        case .keyword(.isSuperset): .isSuperset
        default: nil
        }
    }

    /// `'(' (constant (',' constant)*)? ')'`: the list for `IN`, its constants of one data type (spec section
    /// 9.6.1: integers and floats count as one, numbers; so do `b''` and `h''`, binary data).
    private mutating func parseSet() throws(PatternSyntaxError) -> PatternValue {
        try self.expect(.leftParen, "expected '(' to start the list after 'IN'")
        // The grammar admits an empty set, which holds no value.
        if self.current.kind == .rightParen {
            self.advance()
            return .list([])
        }
        var elements = [try self.parseLiteral(allowsBoolean: true, after: "IN (")]
        while self.current.kind == .comma {
            self.advance()
            let offset = self.current.offset
            let element = try self.parseLiteral(allowsBoolean: true, after: ",")
            let (first, this) = (Self.dataType(of: elements[0]), Self.dataType(of: element))
            guard this == first else {
                throw PatternSyntaxError(at: offset, "the IN list mixes \(first) and \(this) constants: a set must hold constants of one data type")
            }
            elements.append(element)
        }
        try self.expect(.rightParen, "expected ',' or ')' in the IN list")
        return .list(elements)
    }

    /// Rejects a `MATCHES` constant that is not a regular expression, and an `ISSUBSET`/`ISSUPERSET` constant that is
    /// not an IP address or CIDR network: a pattern with an invalid constant is invalid and matches nothing (spec
    /// section 9.4), even under `OR`.
    private static func checkConstant(_ value: PatternValue, of op: ComparisonOperator, at offset: Int) throws(PatternSyntaxError) {
        guard case .string(let text) = value else { return }
        switch op {
        case .matches where RegexTest(text) == nil:
            throw PatternSyntaxError(at: offset, "invalid regular expression '\(text)' after 'MATCHES'")
        case .isSubset where IPNetwork(text) == nil, .isSuperset where IPNetwork(text) == nil:
            throw PatternSyntaxError(
                at: offset, "'\(text)' after '\(op == .isSubset ? "ISSUBSET" : "ISSUPERSET")' is not an IPv4 or IPv6 address or CIDR network")
        default:
            return
        }
    }

    /// The data type of a constant, as the homogeneity rule of `IN` sees it.
    private static func dataType(of value: PatternValue) -> String {
        switch value {
        case .string: "string"
        case .integer, .float: "number"
        case .boolean: "boolean"
        case .binary, .hex: "binary"
        case .timestamp: "timestamp"
        case .list: "list"
        }
    }

    private mutating func parseStringOperand(after keyword: String) throws(PatternSyntaxError) -> PatternValue {
        guard case .literal(.string(let text)) = self.current.kind else {
            throw self.unexpected("expected a string literal after '\(keyword)'")
        }
        self.advance()
        return .string(text)
    }

    /// A constant; booleans only where `allowsBoolean` (the grammar's primitive versus orderable literals).
    private mutating func parseLiteral(allowsBoolean: Bool, after previous: String) throws(PatternSyntaxError) -> PatternValue {
        let value: PatternValue
        switch self.current.kind {
        case .literal(.boolean) where !allowsBoolean:
            throw self.unexpected("expected an orderable constant (not a boolean) after '\(previous)'")
        case .literal(let literal): value = literal
        default:
            throw self.unexpected("expected a constant after '\(previous)'")
        }
        self.advance()
        return value
    }
}
