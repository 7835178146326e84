import STIX

/// One lexical token of a pattern, with its byte range in the source.
struct Token: Sendable, Equatable {
    /// What the token is.
    enum Kind: Sendable, Equatable {
        case leftBracket, rightBracket, leftParen, rightParen, colon, dot, comma, asterisk
        case comparison(ComparisonOperator)
        case keyword(Keyword)
        case identifier(String)
        case string(String)
        case integer(Int64)
        case float(Double)
        case boolean(Bool)
        case binary([UInt8])
        case hex([UInt8])
        case timestamp(Timestamp)
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
