/// Splits pattern text into tokens, skipping whitespace and `/* … */` and `// …` comments as the grammar does.
struct Lexer {
    let bytes: [UInt8]
    var position = 0

    init(text: String) {
        self.bytes = Array(text.utf8)
    }

    /// All tokens of the text, ending with a `.end` token.
    mutating func tokenize() throws(PatternSyntaxError) -> [Token] {
        var tokens: [Token] = []
        while true {
            try self.skipTrivia()
            guard self.position < self.bytes.count else {
                tokens.append(Token(kind: .end, offset: self.bytes.count, text: ""))
                return tokens
            }
            tokens.append(try self.nextToken())
        }
    }

    func peek(_ ahead: Int = 0) -> UInt8? {
        let index = self.position + ahead
        return index < self.bytes.count ? self.bytes[index] : nil
    }

    func text(from start: Int) -> String {
        String(decoding: self.bytes[start..<self.position], as: UTF8.self)
    }

    private mutating func skipTrivia() throws(PatternSyntaxError) {
        while let byte = self.peek() {
            if let length = self.whitespaceLength(byte) {
                self.position += length
            } else if byte == UInt8(ascii: "/"), self.peek(1) == UInt8(ascii: "*") {
                let start = self.position
                self.position += 2
                while self.position < self.bytes.count,
                    !(self.peek() == UInt8(ascii: "*") && self.peek(1) == UInt8(ascii: "/"))
                {
                    self.position += 1
                }
                guard self.position < self.bytes.count else {
                    throw PatternSyntaxError(at: start, "unterminated comment: expected '*/'")
                }
                self.position += 2
            } else if byte == UInt8(ascii: "/"), self.peek(1) == UInt8(ascii: "/") {
                while let next = self.peek(), next != 0x0A, next != 0x0D { self.position += 1 }
            } else {
                return
            }
        }
    }

    /// The UTF-8 length of the whitespace character starting with `byte` at the current position, or nil: every code
    /// point with the Unicode property WSpace=Y (spec section 9.4), from the ASCII ones to U+3000.
    private func whitespaceLength(_ byte: UInt8) -> Int? {
        switch byte {
        case 0x20, 0x09...0x0D:
            return 1
        case 0xC2:
            return self.peek(1) == 0x85 || self.peek(1) == 0xA0 ? 2 : nil
        case 0xE1:
            return self.peek(1) == 0x9A && self.peek(2) == 0x80 ? 3 : nil
        case 0xE2:
            switch (self.peek(1), self.peek(2)) {
            case (0x80, .some(0x80...0x8A)), (0x80, 0xA8), (0x80, 0xA9), (0x80, 0xAF), (0x81, 0x9F): return 3
            default: return nil
            }
        case 0xE3:
            return self.peek(1) == 0x80 && self.peek(2) == 0x80 ? 3 : nil
        default:
            return nil
        }
    }

    private mutating func nextToken() throws(PatternSyntaxError) -> Token {
        let start = self.position
        let byte = self.bytes[start]
        if let kind = self.punctuation(byte) {
            return Token(kind: kind, offset: start, text: self.text(from: start))
        }
        if let kind = try self.comparisonOperator(byte) {
            return Token(kind: kind, offset: start, text: self.text(from: start))
        }
        if byte == UInt8(ascii: "'") {
            let value = try self.lexString()
            return Token(kind: .literal(.string(value)), offset: start, text: self.text(from: start))
        }
        if self.peek(1) == UInt8(ascii: "'"), let kind = try self.lexPrefixedLiteral(byte) {
            return Token(kind: kind, offset: start, text: self.text(from: start))
        }
        if Self.isDigit(byte) || byte == UInt8(ascii: "+") || byte == UInt8(ascii: "-")
            || (byte == UInt8(ascii: ".") && self.peek(1).map(Self.isDigit) == true)
        {
            let kind = try self.lexNumber()
            return Token(kind: kind, offset: start, text: self.text(from: start))
        }
        if byte == UInt8(ascii: "."), !(self.peek(1).map(Self.isDigit) ?? false) {
            self.position += 1
            return Token(kind: .dot, offset: start, text: ".")
        }
        if Self.isIdentifierStart(byte) {
            return self.lexWord()
        }
        let character = String(decoding: self.bytes[start...].prefix(4), as: UTF8.self).prefix(1)
        throw PatternSyntaxError(at: start, "unexpected character '\(character)'")
    }

    private mutating func punctuation(_ byte: UInt8) -> Token.Kind? {
        let kind: Token.Kind
        switch byte {
        case UInt8(ascii: "["): kind = .leftBracket
        case UInt8(ascii: "]"): kind = .rightBracket
        case UInt8(ascii: "("): kind = .leftParen
        case UInt8(ascii: ")"): kind = .rightParen
        case UInt8(ascii: ":"): kind = .colon
        case UInt8(ascii: ","): kind = .comma
        case UInt8(ascii: "*"): kind = .asterisk
        default: return nil
        }
        self.position += 1
        return kind
    }

    private mutating func comparisonOperator(_ byte: UInt8) throws(PatternSyntaxError) -> Token.Kind? {
        let next = self.peek(1)
        let (op, length): (ComparisonOperator, Int)
        switch byte {
        case UInt8(ascii: "="): (op, length) = next == UInt8(ascii: "=") ? (.equal, 2) : (.equal, 1)  // the grammar's EQ: '=' | '=='
        case UInt8(ascii: "!"):
            guard next == UInt8(ascii: "=") else {
                throw PatternSyntaxError(at: self.position, "expected '!=' but found a lone '!'")
            }
            (op, length) = (.notEqual, 2)
        case UInt8(ascii: "<"):
            if next == UInt8(ascii: "=") {
                (op, length) = (.lessOrEqual, 2)
            } else if next == UInt8(ascii: ">") {
                (op, length) = (.notEqual, 2)
            } else {
                (op, length) = (.less, 1)
            }
        case UInt8(ascii: ">"): (op, length) = next == UInt8(ascii: "=") ? (.greaterOrEqual, 2) : (.greater, 1)
        default: return nil
        }
        self.position += length
        return .comparison(op)
    }

    private mutating func lexWord() -> Token {
        let start = self.position
        while let byte = self.peek(), Self.isIdentifierStart(byte) || Self.isDigit(byte) || byte == UInt8(ascii: "-") {
            self.position += 1
        }
        let word = self.text(from: start)
        let kind: Token.Kind
        if let keyword = Keyword(rawValue: word) {
            kind = .keyword(keyword)
        } else if word == "true" || word == "false" {
            kind = .literal(.boolean(word == "true"))
        } else {
            kind = .identifier(word)
        }
        return Token(kind: kind, offset: start, text: word)
    }

    static func isDigit(_ byte: UInt8) -> Bool {
        byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
    }

    static func isIdentifierStart(_ byte: UInt8) -> Bool {
        (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")) || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z"))
            || byte == UInt8(ascii: "_")
    }
}
