import STIX
import Testing

@Suite("JSON parser")
struct JSONParserTests {
    @Test("parses every kind of value")
    func parsesValues() throws {
        let value = try JSON.parse(#" {"a": [1, -2.5e3, true, false, null, "x"], "b": {}} "#)
        #expect(value["a"]?.arrayValue?.count == 6)
        #expect(value["a"]?.arrayValue?[0].intValue == 1)
        #expect(value["a"]?.arrayValue?[1].doubleValue == -2500)
        #expect(value["a"]?.arrayValue?[2].boolValue == true)
        #expect(value["a"]?.arrayValue?[4] == .null)
        #expect(value["b"]?.objectValue?.isEmpty == true)
    }

    @Test("numbers keep their literal text")
    func numbersKeepText() throws {
        let value = try JSON.parse("[1.50, 1e2, -0, 12345678901234567890123, 0.1E-3]")
        let texts = value.arrayValue?.compactMap { $0.numberValue?.text }
        #expect(texts == ["1.50", "1e2", "-0", "12345678901234567890123", "0.1E-3"])
        #expect(JSON.serializeString(value) == "[1.50,1e2,-0,12345678901234567890123,0.1E-3]")
        #expect(value.arrayValue?[1].intValue == 100)
        #expect(JSONValue.number(JSONNumber(text: "1.0")!) == 1)
    }

    @Test("decodes escapes, unicode escapes and surrogate pairs")
    func decodesEscapes() throws {
        let value = try JSON.parse(#""a\"b\\c\/d\b\f\n\r\t \u00e9 \u65E5 \ud83d\ude00""#)
        #expect(value.stringValue == "a\"b\\c/d\u{8}\u{c}\n\r\t é 日 😀")
    }

    @Test("passes raw UTF-8 through")
    func rawUTF8() throws {
        let value = try JSON.parse(#"{"名前": "絆 — kizuna 😀"}"#)
        #expect(value["名前"]?.stringValue == "絆 — kizuna 😀")
    }

    @Test("keeps object key order")
    func keyOrder() throws {
        let value = try JSON.parse(#"{"z": 1, "a": 2, "m": 3}"#)
        #expect(value.objectValue?.keys == ["z", "a", "m"])
    }

    struct InvalidCase: Sendable, CustomTestStringConvertible {
        let text: String
        let line: Int
        let column: Int
        let message: String
        var testDescription: String { self.message }
    }

    static let invalidCases: [InvalidCase] = [
        InvalidCase(text: "", line: 1, column: 1, message: "unexpected end of input, expected a value"),
        InvalidCase(text: "{\"a\": 1} x", line: 1, column: 10, message: "unexpected data after the JSON value"),
        InvalidCase(text: "{\n  \"a\": 1,\n  \"b\": 2 \"c\": 3}", line: 3, column: 10, message: "expected ',' or '}' after object member"),
        InvalidCase(text: "[1, 2", line: 1, column: 6, message: "unexpected end of input, expected ',' or ']' after array element"),
        InvalidCase(text: "[1,]", line: 1, column: 4, message: "trailing comma in array"),
        InvalidCase(text: "{\"a\":1,}", line: 1, column: 8, message: "trailing comma in object"),
        InvalidCase(text: "{a: 1}", line: 1, column: 2, message: "expected a string key"),
        InvalidCase(text: "{\"a\" 1}", line: 1, column: 6, message: "expected ':' after object key"),
        InvalidCase(text: "[01]", line: 1, column: 3, message: "leading zeros are not allowed in numbers"),
        InvalidCase(text: "[-]", line: 1, column: 3, message: "expected a digit after '-'"),
        InvalidCase(text: "[1.]", line: 1, column: 4, message: "expected a digit after the decimal point"),
        InvalidCase(text: "[1e+]", line: 1, column: 5, message: "expected a digit in the exponent"),
        InvalidCase(text: "[tru]", line: 1, column: 5, message: "invalid literal, expected 'true'"),
        InvalidCase(text: "\"ab\\x\"", line: 1, column: 4, message: "invalid escape '\\x' in string"),
        InvalidCase(text: "\"a\tb\"", line: 1, column: 3, message: "unescaped control character byte 0x9 in string"),
        InvalidCase(text: "\"\\ud83d\"", line: 1, column: 2, message: "lone high surrogate \\uD83D in string"),
        InvalidCase(text: "\"\\ude00\"", line: 1, column: 2, message: "lone low surrogate \\uDE00 in string"),
        InvalidCase(text: "\"\\ud83d\\u0041\"", line: 1, column: 2, message: "high surrogate \\uD83D not followed by a low surrogate"),
        InvalidCase(text: "\"\\u12G4\"", line: 1, column: 2, message: "invalid \\u escape: expected four hex digits"),
        InvalidCase(text: "\"abc", line: 1, column: 1, message: "unterminated string"),
        InvalidCase(text: "{\"a\": 1, \"a\": 2}", line: 1, column: 10, message: "duplicate key 'a' in object"),
        InvalidCase(text: "[#]", line: 1, column: 2, message: "unexpected character '#', expected a value"),
    ]

    @Test("rejects invalid JSON with the exact position", arguments: Self.invalidCases)
    func rejectsInvalid(_ invalid: InvalidCase) {
        #expect(throws: JSONSyntaxError.self) { try JSON.parse(invalid.text) }
        do {
            _ = try JSON.parse(invalid.text)
        } catch {
            #expect(error.message == invalid.message)
            #expect(error.line == invalid.line)
            #expect(error.column == invalid.column)
        }
    }

    @Test("describes errors as line and column")
    func errorDescription() {
        do {
            _ = try JSON.parse("{\n  \"a\": 1,\n  \"b\": 2 \"c\": 3}")
            Issue.record("expected a syntax error")
        } catch {
            #expect(error.description == "line 3, column 10: expected ',' or '}' after object member")
            #expect(error.offset == 21)
        }
    }

    @Test("rejects invalid UTF-8 at the offending byte")
    func rejectsInvalidUTF8() {
        let bytes: [UInt8] = Array("[\"ok\", \"ab".utf8) + [0xC3, 0x28] + Array("\"]".utf8)
        do {
            _ = try JSON.parse(bytes)
            Issue.record("expected a syntax error")
        } catch {
            #expect(error.message == "invalid UTF-8 in string")
            #expect(error.offset == 10)
        }
        let escaped: [UInt8] = Array("\"\\n".utf8) + [0xFF] + Array("\"".utf8)
        #expect(throws: JSONSyntaxError.self) { try JSON.parse(escaped) }
    }

    @Test("limits nesting to 512 levels")
    func nestingLimit() throws {
        let ok = String(repeating: "[", count: 512) + String(repeating: "]", count: 512)
        _ = try JSON.parse(ok)
        let deep = String(repeating: "[", count: 513) + String(repeating: "]", count: 513)
        do {
            _ = try JSON.parse(deep)
            Issue.record("expected a nesting error")
        } catch {
            #expect(error.message == "nesting deeper than 512 levels")
            #expect(error.column == 513)
        }
    }

    @Test("parses long strings that cross the eight-byte fast path")
    func longStrings() throws {
        for length in 0..<40 {
            let text = String(repeating: "abcdefé", count: length)
            #expect(try JSON.parse("\"\(text)\"").stringValue == text)
            #expect(try JSON.parse("\"\(text)\\n\(text)\"").stringValue == text + "\n" + text)
        }
    }
}
