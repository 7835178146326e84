extension JSONParser {
    /// Checks one value's syntax and moves past it without building it.
    ///
    /// Checks everything `parseValue()` does except duplicate keys, which need the decoded keys:
    /// escapes, surrogates, control characters, UTF-8, numbers, literals, nesting depth.
    mutating func skipValue() throws(JSONSyntaxError) {
        guard !self.atEnd else { throw self.error("unexpected end of input, expected a value") }
        switch self.input[self.offset] {
        case UInt8(ascii: "{"): try self.skipContainer(close: UInt8(ascii: "}"), isObject: true)
        case UInt8(ascii: "["): try self.skipContainer(close: UInt8(ascii: "]"), isObject: false)
        case UInt8(ascii: "\""): try self.skipString()
        case UInt8(ascii: "t"): try self.expectLiteral("true")
        case UInt8(ascii: "f"): try self.expectLiteral("false")
        case UInt8(ascii: "n"): try self.expectLiteral("null")
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): try self.scanNumber()
        default:
            throw self.error("unexpected character \(Self.describe(self.input[self.offset])), expected a value")
        }
    }

    private mutating func skipContainer(close: UInt8, isObject: Bool) throws(JSONSyntaxError) {
        try self.enterContainer()
        self.offset += 1
        self.skipWhitespace()
        if self.current == close {
            self.offset += 1
            self.depth -= 1
            return
        }
        var first = true
        while true {
            if isObject {
                try self.skipMemberKey(afterComma: !first)
            } else if self.current == close && !first {
                throw self.error("trailing comma in array")
            }
            try self.skipValue()
            first = false
            self.skipWhitespace()
            switch self.current {
            case UInt8(ascii: ","):
                self.offset += 1
                self.skipWhitespace()
            case close:
                self.offset += 1
                self.depth -= 1
                return
            default:
                let what = isObject ? "',' or '}' after object member" : "',' or ']' after array element"
                throw self.atEnd ? self.error("unexpected end of input, expected \(what)") : self.error("expected \(what)")
            }
        }
    }

    private mutating func skipMemberKey(afterComma: Bool) throws(JSONSyntaxError) {
        guard self.current == Self.quote else {
            if afterComma && self.current == UInt8(ascii: "}") { throw self.error("trailing comma in object") }
            throw self.atEnd
                ? self.error("unexpected end of input, expected a string key") : self.error("expected a string key")
        }
        try self.skipString()
        self.skipWhitespace()
        guard self.current == UInt8(ascii: ":") else { throw self.error("expected ':' after object key") }
        self.offset += 1
        self.skipWhitespace()
    }

    /// Checks a string token (escapes, control characters, UTF-8) and moves past it.
    mutating func skipString() throws(JSONSyntaxError) {
        self.offset += 1  // opening quote
        let start = self.offset
        let count = self.input.count
        var index = start
        var asciiOnly = true
        while index < count {
            while index + 8 <= count {
                let word = self.input.loadUnaligned(fromByteOffset: index, as: UInt64.self)
                if Self.needsAttention(word) { break }
                if word & 0x8080_8080_8080_8080 != 0 { asciiOnly = false }
                index += 8
            }
            guard index < count else { break }
            let byte = self.input[index]
            if byte == Self.quote {
                if !asciiOnly, let bad = UTF8Validation.firstInvalidOffset(in: UnsafeRawBufferPointer(rebasing: self.input[start..<index])) {
                    throw self.error("invalid UTF-8 in string", at: start + bad)
                }
                self.offset = index + 1
                return
            }
            if byte == Self.backslash {
                self.scratch.removeAll(keepingCapacity: true)
                index = try self.decodeEscape(at: index)
                continue
            }
            if byte < 0x20 {
                throw self.error("unescaped control character \(Self.describe(byte)) in string", at: index)
            }
            if byte >= 0x80 { asciiOnly = false }
            index += 1
        }
        throw self.error("unterminated string", at: start - 1)
    }
}
