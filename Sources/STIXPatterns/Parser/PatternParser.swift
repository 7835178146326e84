/// A recursive-descent parser for the STIX 2.1 patterning grammar over the tokens of ``Lexer``.
///
/// Depth is counted at every parenthesis and bracket so hostile input throws instead of exhausting the stack.
struct PatternParser {
    let tokens: [Token]
    var index = 0
    var depth = 0

    init(text: String) throws(PatternSyntaxError) {
        var lexer = Lexer(text: text)
        self.tokens = try lexer.tokenize()
    }

    /// `pattern : observationExpressions EOF`.
    mutating func parsePattern() throws(PatternSyntaxError) -> ObservationExpression {
        let root = try self.parseFollowedBy()
        guard self.current.kind == .end else {
            throw self.unexpected(
                "expected 'AND', 'OR', 'FOLLOWEDBY', a qualifier or the end of the pattern")
        }
        return root
    }

    var current: Token {
        self.tokens[self.index]
    }

    @discardableResult
    mutating func advance() -> Token {
        let token = self.tokens[self.index]
        if self.index < self.tokens.count - 1 { self.index += 1 }
        return token
    }

    /// Consumes the current token when it is `keyword`.
    mutating func accept(_ keyword: Keyword) -> Bool {
        guard self.current.kind == .keyword(keyword) else { return false }
        self.index += 1
        return true
    }

    /// Consumes a token of `kind`, or throws "`expectation`, found …".
    @discardableResult
    mutating func expect(_ kind: Token.Kind, _ expectation: String) throws(PatternSyntaxError) -> Token {
        guard self.current.kind == kind else { throw self.unexpected(expectation) }
        return self.advance()
    }

    /// An error at the current token: "`expectation`, found 'X' at offset N", with a hint for lowercase keywords.
    func unexpected(_ expectation: String) -> PatternSyntaxError {
        var problem = "\(expectation), found \(self.current.quoted)"
        if case .identifier(let word) = self.current.kind, let keyword = Keyword(rawValue: word.uppercased()) {
            problem = "\(expectation) (keywords are uppercase: '\(keyword.rawValue)'), found \(self.current.quoted)"
        }
        return PatternSyntaxError(at: self.current.offset, problem)
    }

    /// Enters one level of nesting at the current token, throwing past ``Pattern/maximumNestingDepth``.
    mutating func enterNesting() throws(PatternSyntaxError) {
        self.depth += 1
        guard self.depth <= Pattern.maximumNestingDepth else {
            throw PatternSyntaxError(
                at: self.current.offset, "nesting deeper than \(Pattern.maximumNestingDepth) levels is not supported")
        }
    }

    mutating func leaveNesting() {
        self.depth -= 1
    }
}
