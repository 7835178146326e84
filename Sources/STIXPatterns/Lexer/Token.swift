/// One lexical token of a pattern, with its byte range in the source.
struct Token: Sendable, Equatable {
    /// What the token is.
    enum Kind: Sendable, Equatable {
        case leftBracket, rightBracket, leftParen, rightParen, colon, dot, comma, asterisk
        case comparison(ComparisonOperator)
        case keyword(Keyword)
        case identifier(String)
        /// A constant, already in the form the AST keeps.
        case literal(PatternValue)
        case end
    }

    let kind: Kind
    /// Offset of the first byte, in UTF-8 bytes.
    let offset: Int
    /// The token's source text (empty at the end).
    let text: String

    /// The token as an error message names it: its quoted text, or "end of pattern".
    var quoted: String {
        self.kind == .end ? "end of pattern" : "'\(self.text)'"
    }
}
