extension JSONParser {
    static let quote = UInt8(ascii: "\"")
    static let backslash = UInt8(ascii: "\\")

    /// Parses a string token starting at its opening quote.
    mutating func parseString() throws(JSONSyntaxError) -> String {
        self.offset += 1  // opening quote
        let start = self.offset
        let count = self.input.count
        var index = start
        // Eight bytes at a time while no quote, backslash or control character is in the word; the or of every
        // byte says whether the string is ASCII, which needs no UTF-8 validation.
        var seen: UInt64 = 0
        while index + 8 <= count {
            let word = self.input.loadUnaligned(fromByteOffset: index, as: UInt64.self)
            if Self.needsAttention(word) { break }
            seen |= word
            index += 8
        }
        while index < count {
            let byte = self.input[index]
            if byte == Self.quote {
                let string = try self.makeString(from: start, to: index, isASCII: seen & 0x8080_8080_8080_8080 == 0)
                self.offset = index + 1
                return string
            }
            if byte == Self.backslash {
                return try self.parseEscapedString(start: start, firstEscape: index)
            }
            if byte < 0x20 {
                throw self.error("unescaped control character \(Self.describe(byte)) in string", at: index)
            }
            seen |= UInt64(byte)
            index += 1
        }
        throw self.error("unterminated string", at: start - 1)
    }

    /// Whether any byte of `word` is `"`, `\` or below 0x20.
    @inline(__always)
    static func needsAttention(_ word: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highs: UInt64 = 0x8080_8080_8080_8080
        let quotes = word ^ (ones &* UInt64(Self.quote))
        let backslashes = word ^ (ones &* UInt64(Self.backslash))
        let hasQuote = (quotes &- ones) & ~quotes & highs
        let hasBackslash = (backslashes &- ones) & ~backslashes & highs
        let hasControl = (word &- ones &* 0x20) & ~word & highs
        return (hasQuote | hasBackslash | hasControl) != 0
    }

    private func makeString(from start: Int, to end: Int, isASCII: Bool) throws(JSONSyntaxError) -> String {
        if start == end { return "" }
        let bytes = UnsafeRawBufferPointer(rebasing: self.input[start..<end])
        if isASCII { return String(decoding: bytes, as: UTF8.self) }
        if let string = String(validating: bytes, as: UTF8.self) {
            return string
        }
        let bad = UTF8Validation.firstInvalidOffset(in: bytes) ?? 0
        throw self.error("invalid UTF-8 in string", at: start + bad)
    }

    /// Parses the rest of a string that contains escapes, decoding into the scratch buffer.
    private mutating func parseEscapedString(start: Int, firstEscape: Int) throws(JSONSyntaxError) -> String {
        self.scratch.removeAll(keepingCapacity: true)
        self.scratch.append(contentsOf: UnsafeRawBufferPointer(rebasing: self.input[start..<firstEscape]))
        var index = firstEscape
        let count = self.input.count
        while index < count {
            let byte = self.input[index]
            if byte == Self.quote {
                self.offset = index + 1
                if let string = String(validating: self.scratch, as: UTF8.self) {
                    return string
                }
                // Find the position of the bad byte in the input for the message.
                let raw = UnsafeRawBufferPointer(rebasing: self.input[start..<index])
                let bad = UTF8Validation.firstInvalidOffset(in: raw) ?? 0
                throw self.error("invalid UTF-8 in string", at: start + bad)
            }
            if byte == Self.backslash {
                index = try self.decodeEscape(at: index)
                continue
            }
            if byte < 0x20 {
                throw self.error("unescaped control character \(Self.describe(byte)) in string", at: index)
            }
            self.scratch.append(byte)
            index += 1
        }
        throw self.error("unterminated string", at: start - 1)
    }

    /// Decodes the escape at `index` (a backslash) into the scratch buffer; returns the next index.
    mutating func decodeEscape(at index: Int) throws(JSONSyntaxError) -> Int {
        guard index + 1 < self.input.count else { throw self.error("unterminated string", at: index) }
        let decoded: UInt8
        switch self.input[index + 1] {
        case UInt8(ascii: "\""): decoded = 0x22
        case UInt8(ascii: "\\"): decoded = 0x5C
        case UInt8(ascii: "/"): decoded = 0x2F
        case UInt8(ascii: "b"): decoded = 0x08
        case UInt8(ascii: "f"): decoded = 0x0C
        case UInt8(ascii: "n"): decoded = 0x0A
        case UInt8(ascii: "r"): decoded = 0x0D
        case UInt8(ascii: "t"): decoded = 0x09
        case UInt8(ascii: "u"): return try self.decodeUnicodeEscape(at: index)
        default:
            throw self.error("invalid escape '\\\(Self.printable(self.input[index + 1]))' in string", at: index)
        }
        self.scratch.append(decoded)
        return index + 2
    }

    /// Decodes `\uXXXX` (and a following low surrogate escape when needed); returns the next index.
    private mutating func decodeUnicodeEscape(at index: Int) throws(JSONSyntaxError) -> Int {
        let first = try self.hexQuad(at: index + 2, escapeStart: index)
        var scalarValue = UInt32(first)
        var next = index + 6
        if (0xD800...0xDBFF).contains(first) {
            guard next + 1 < self.input.count, self.input[next] == Self.backslash,
                self.input[next + 1] == UInt8(ascii: "u")
            else {
                throw self.error("lone high surrogate \\u\(Self.hex(first)) in string", at: index)
            }
            let second = try self.hexQuad(at: next + 2, escapeStart: next)
            guard (0xDC00...0xDFFF).contains(second) else {
                throw self.error("high surrogate \\u\(Self.hex(first)) not followed by a low surrogate", at: index)
            }
            scalarValue = 0x10000 + ((UInt32(first) - 0xD800) << 10) + (UInt32(second) - 0xDC00)
            next += 6
        } else if (0xDC00...0xDFFF).contains(first) {
            throw self.error("lone low surrogate \\u\(Self.hex(first)) in string", at: index)
        }
        guard let scalar = Unicode.Scalar(scalarValue) else {
            throw self.error("invalid unicode escape", at: index)
        }
        for unit in UTF8.encode(scalar) ?? UTF8.EncodedScalar() {
            self.scratch.append(unit)
        }
        return next
    }

    private func hexQuad(at start: Int, escapeStart: Int) throws(JSONSyntaxError) -> UInt16 {
        guard start + 4 <= self.input.count else {
            throw self.error("incomplete \\u escape in string", at: escapeStart)
        }
        var value: UInt16 = 0
        for position in start..<(start + 4) {
            let byte = self.input[position]
            let digit: UInt8
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
            default: throw self.error("invalid \\u escape: expected four hex digits", at: escapeStart)
            }
            value = value << 4 | UInt16(digit)
        }
        return value
    }

    private static func hex(_ value: UInt16) -> String {
        let digits = String(value, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }

    private static func printable(_ byte: UInt8) -> String {
        byte >= 0x21 && byte < 0x7F ? String(Character(Unicode.Scalar(byte))) : "0x" + String(byte, radix: 16)
    }
}
