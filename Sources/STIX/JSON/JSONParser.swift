/// A single-pass recursive-descent JSON parser over UTF-8 bytes.
///
/// It reads bytes through an unsafe buffer, scans strings eight bytes at a time, and creates a
/// `String` only once per string token (validated as UTF-8 by the standard library's fast path).
struct JSONParser {
    static let maximumDepth = 512

    let input: UnsafeRawBufferPointer
    var offset = 0
    var depth = 0
    /// Reused buffer for strings that contain escapes.
    var scratch: [UInt8] = []

    init(_ input: UnsafeRawBufferPointer) {
        self.input = input
    }

    /// Parses one value followed by nothing but whitespace.
    mutating func parseDocument() throws(JSONSyntaxError) -> JSONValue {
        self.skipWhitespace()
        let value = try self.parseValue()
        self.skipWhitespace()
        if self.offset < self.input.count {
            throw self.error("unexpected data after the JSON value")
        }
        return value
    }

    // MARK: Bytes

    @inline(__always)
    var atEnd: Bool {
        self.offset >= self.input.count
    }

    @inline(__always)
    var current: UInt8 {
        self.offset < self.input.count ? self.input[self.offset] : 0
    }

    @inline(__always)
    mutating func skipWhitespace() {
        while self.offset < self.input.count {
            switch self.input[self.offset] {
            case 0x20, 0x0A, 0x0D, 0x09: self.offset += 1
            default: return
            }
        }
    }

    // MARK: Values

    mutating func parseValue() throws(JSONSyntaxError) -> JSONValue {
        guard !self.atEnd else { throw self.error("unexpected end of input, expected a value") }
        switch self.input[self.offset] {
        case UInt8(ascii: "{"): return .object(try self.parseObject())
        case UInt8(ascii: "["): return .array(try self.parseArray())
        case UInt8(ascii: "\""): return .string(try self.parseString())
        case UInt8(ascii: "t"):
            try self.expectLiteral("true")
            return .bool(true)
        case UInt8(ascii: "f"):
            try self.expectLiteral("false")
            return .bool(false)
        case UInt8(ascii: "n"):
            try self.expectLiteral("null")
            return .null
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            return .number(try self.parseNumber())
        default:
            throw self.error("unexpected character \(Self.describe(self.input[self.offset])), expected a value")
        }
    }

    mutating func enterContainer() throws(JSONSyntaxError) {
        self.depth += 1
        if self.depth > Self.maximumDepth {
            throw self.error("nesting deeper than \(Self.maximumDepth) levels")
        }
    }

    mutating func parseObject() throws(JSONSyntaxError) -> JSONObject {
        try self.enterContainer()
        self.offset += 1  // {
        var members: [JSONObject.Member] = []
        self.skipWhitespace()
        if self.current == UInt8(ascii: "}") {
            self.offset += 1
            self.depth -= 1
            return JSONObject(members: members)
        }
        while true {
            let keyOffset = self.offset
            let key = try self.parseMemberKey(afterComma: !members.isEmpty)
            let value = try self.parseValue()
            for member in members where member.key == key {
                throw self.error("duplicate key '\(key)' in object", at: keyOffset)
            }
            members.append(JSONObject.Member(key: key, value: value))
            self.skipWhitespace()
            switch self.current {
            case UInt8(ascii: ","):
                self.offset += 1
                self.skipWhitespace()
            case UInt8(ascii: "}"):
                self.offset += 1
                self.depth -= 1
                return JSONObject(members: members)
            default:
                throw self.atEnd
                    ? self.error("unexpected end of input, expected ',' or '}' after object member")
                    : self.error("expected ',' or '}' after object member")
            }
        }
    }

    /// Parses `"key"` and the following `:`, leaving the offset at the value.
    mutating func parseMemberKey(afterComma: Bool) throws(JSONSyntaxError) -> String {
        guard self.current == UInt8(ascii: "\"") else {
            if afterComma && self.current == UInt8(ascii: "}") {
                throw self.error("trailing comma in object")
            }
            throw self.atEnd
                ? self.error("unexpected end of input, expected a string key")
                : self.error("expected a string key")
        }
        let key = try self.parseString()
        self.skipWhitespace()
        guard self.current == UInt8(ascii: ":") else {
            throw self.error("expected ':' after object key")
        }
        self.offset += 1
        self.skipWhitespace()
        return key
    }

    mutating func parseArray() throws(JSONSyntaxError) -> [JSONValue] {
        try self.enterContainer()
        self.offset += 1  // [
        var elements: [JSONValue] = []
        self.skipWhitespace()
        if self.current == UInt8(ascii: "]") {
            self.offset += 1
            self.depth -= 1
            return elements
        }
        while true {
            if self.current == UInt8(ascii: "]") && !elements.isEmpty {
                throw self.error("trailing comma in array")
            }
            elements.append(try self.parseValue())
            self.skipWhitespace()
            switch self.current {
            case UInt8(ascii: ","):
                self.offset += 1
                self.skipWhitespace()
            case UInt8(ascii: "]"):
                self.offset += 1
                self.depth -= 1
                return elements
            default:
                throw self.atEnd
                    ? self.error("unexpected end of input, expected ',' or ']' after array element")
                    : self.error("expected ',' or ']' after array element")
            }
        }
    }

    mutating func expectLiteral(_ literal: StaticString) throws(JSONSyntaxError) {
        let count = literal.utf8CodeUnitCount
        let start = literal.utf8Start
        for index in 0..<count {
            guard self.offset + index < self.input.count, self.input[self.offset + index] == start[index] else {
                self.offset += index
                throw self.error("invalid literal, expected '\(literal)'")
            }
        }
        self.offset += count
    }

    // MARK: Numbers

    mutating func parseNumber() throws(JSONSyntaxError) -> JSONNumber {
        let start = self.offset
        try self.scanNumber()
        let text = String(decoding: UnsafeRawBufferPointer(rebasing: self.input[start..<self.offset]), as: UTF8.self)
        return JSONNumber(uncheckedText: text)
    }

    /// Checks a number token's grammar and moves past it.
    mutating func scanNumber() throws(JSONSyntaxError) {
        if self.current == UInt8(ascii: "-") {
            self.offset += 1
        }
        guard Self.isDigit(self.current) else { throw self.error("expected a digit after '-'") }
        if self.current == UInt8(ascii: "0") {
            self.offset += 1
            if Self.isDigit(self.current) { throw self.error("leading zeros are not allowed in numbers") }
        } else {
            self.skipDigits()
        }
        if self.current == UInt8(ascii: ".") {
            self.offset += 1
            guard Self.isDigit(self.current) else { throw self.error("expected a digit after the decimal point") }
            self.skipDigits()
        }
        if self.current == UInt8(ascii: "e") || self.current == UInt8(ascii: "E") {
            self.offset += 1
            if self.current == UInt8(ascii: "+") || self.current == UInt8(ascii: "-") {
                self.offset += 1
            }
            guard Self.isDigit(self.current) else { throw self.error("expected a digit in the exponent") }
            self.skipDigits()
        }
    }

    @inline(__always)
    mutating func skipDigits() {
        while self.offset < self.input.count, Self.isDigit(self.input[self.offset]) {
            self.offset += 1
        }
    }

    @inline(__always)
    static func isDigit(_ byte: UInt8) -> Bool {
        byte &- UInt8(ascii: "0") < 10
    }

    // MARK: Errors

    /// An error at the current offset, with line and column computed from the input.
    func error(_ message: String) -> JSONSyntaxError {
        self.error(message, at: self.offset)
    }

    func error(_ message: String, at offset: Int) -> JSONSyntaxError {
        let end = min(offset, self.input.count)
        var line = 1
        var lineStart = 0
        for index in 0..<end where self.input[index] == 0x0A {
            line += 1
            lineStart = index + 1
        }
        return JSONSyntaxError(offset: offset, line: line, column: offset - lineStart + 1, message: message)
    }

    static func describe(_ byte: UInt8) -> String {
        if byte >= 0x21 && byte < 0x7F {
            return "'\(Character(Unicode.Scalar(byte)))'"
        }
        return "byte 0x" + String(byte, radix: 16, uppercase: true)
    }
}
