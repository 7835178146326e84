import STIX

extension Lexer {
    /// Lexes `'…'` where only `\'` and `\\` are escapes; returns the unescaped text.
    mutating func lexString() throws(PatternSyntaxError) -> String {
        let start = self.position
        self.position += 1
        var value: [UInt8] = []
        while let byte = self.peek() {
            if byte == UInt8(ascii: "'") {
                self.position += 1
                return String(decoding: value, as: UTF8.self)
            }
            if byte == UInt8(ascii: "\\") {
                guard let escaped = self.peek(1), escaped == UInt8(ascii: "'") || escaped == UInt8(ascii: "\\") else {
                    throw PatternSyntaxError(at: self.position, "invalid escape in string literal: only \\' and \\\\ are allowed")
                }
                value.append(escaped)
                self.position += 2
            } else {
                value.append(byte)
                self.position += 1
            }
        }
        throw PatternSyntaxError(at: start, "unterminated string literal: expected a closing quote")
    }

    /// Lexes `t'…'`, `h'…'` or `b'…'`; returns `nil` when the current letter is not one of those prefixes.
    mutating func lexPrefixedLiteral(_ prefix: UInt8) throws(PatternSyntaxError) -> Token.Kind? {
        guard prefix == UInt8(ascii: "t") || prefix == UInt8(ascii: "h") || prefix == UInt8(ascii: "b") else { return nil }
        let start = self.position
        self.position += 1
        let content = try self.lexString()
        switch prefix {
        case UInt8(ascii: "t"):
            guard Self.hasTimestampShape(content), let timestamp = Timestamp(content) else {
                throw PatternSyntaxError(
                    at: start, "invalid timestamp literal t'\(content)': expected an RFC 3339 UTC time like t'2024-01-02T03:04:05Z'")
            }
            return .literal(.timestamp(timestamp))
        case UInt8(ascii: "h"):
            guard let bytes = Self.decodeHex(content) else {
                throw PatternSyntaxError(at: start, "invalid hex literal h'\(content)': expected an even number of hex digits")
            }
            return .literal(.hex(bytes))
        default:
            // Line feeds in the base64 data are supported and ignored (spec section 9.2).
            guard let bytes = Base64.decode(content.filter { $0 != "\n" && $0 != "\r" && $0 != "\r\n" }) else {
                throw PatternSyntaxError(at: start, "invalid binary literal b'\(content)': expected non-empty padded base64")
            }
            return .literal(.binary(bytes))
        }
    }

    /// Lexes `[+-]? digits` (no leading zeros) or `[+-]? digits? '.' digits`.
    mutating func lexNumber() throws(PatternSyntaxError) -> Token.Kind {
        let start = self.position
        if self.peek() == UInt8(ascii: "+") || self.peek() == UInt8(ascii: "-") { self.position += 1 }
        let digitsStart = self.position
        while let byte = self.peek(), Self.isDigit(byte) { self.position += 1 }
        let integerDigits = self.position - digitsStart
        if self.peek() == UInt8(ascii: "."), let next = self.peek(1), Self.isDigit(next) {
            self.position += 1
            while let byte = self.peek(), Self.isDigit(byte) { self.position += 1 }
            guard let value = Double(self.text(from: start)), value.isFinite else {
                throw PatternSyntaxError(at: start, "float literal '\(self.text(from: start))' is out of range")
            }
            return .literal(.float(value))
        }
        guard integerDigits > 0 else {
            throw PatternSyntaxError(at: start, "expected digits after '\(self.text(from: start))'")
        }
        guard integerDigits == 1 || self.bytes[digitsStart] != UInt8(ascii: "0") else {
            throw PatternSyntaxError(at: start, "integer literal '\(self.text(from: start))' must not have leading zeros")
        }
        var text = self.text(from: start)
        if text.hasPrefix("+") { text.removeFirst() }
        guard let value = Int64(text) else {
            throw PatternSyntaxError(at: start, "integer literal '\(self.text(from: start))' does not fit in 64 bits")
        }
        return .literal(.integer(value))
    }

    /// Whether `text` has the grammar's timestamp shape: `YYYY-MM-DDTHH:MM:SS[.fraction]Z`.
    static func hasTimestampShape(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        guard bytes.count >= 20, bytes.last == UInt8(ascii: "Z") else { return false }
        for (index, byte) in bytes.enumerated() where index < 19 {
            switch index {
            case 4, 7: guard byte == UInt8(ascii: "-") else { return false }
            case 10: guard byte == UInt8(ascii: "T") else { return false }
            case 13, 16: guard byte == UInt8(ascii: ":") else { return false }
            default: guard Self.isDigit(byte) else { return false }
            }
        }
        guard bytes.count > 20 else { return true }
        return bytes[19] == UInt8(ascii: ".") && bytes.count > 21 && bytes[20..<(bytes.count - 1)].allSatisfy(Self.isDigit)
    }

    /// Decodes an even-length run of hex digits (either case).
    static func decodeHex(_ text: String) -> [UInt8]? {
        let digits = Array(text.utf8)
        guard digits.count.isMultiple(of: 2) else { return nil }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(digits.count / 2)
        var index = 0
        while index < digits.count {
            guard let high = HexDigits.value(digits[index]), let low = HexDigits.value(digits[index + 1]) else { return nil }
            bytes.append(high << 4 | low)
            index += 2
        }
        return bytes
    }
}
