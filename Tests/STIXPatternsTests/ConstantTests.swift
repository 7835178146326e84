import STIX
import STIXPatterns
import Testing

@Suite("Constants")
struct ConstantTests {
    @Test(
        "each constant form decodes to its value",
        arguments: [
            ("'text'", PatternValue.string("text")),
            (#"'it\'s a \\ path'"#, .string(#"it's a \ path"#)),
            ("''", .string("")),
            ("'ünï'", .string("ünï")),
            ("42", .integer(42)),
            ("+42", .integer(42)),
            ("-42", .integer(-42)),
            ("0", .integer(0)),
            ("-0", .integer(0)),
            ("9223372036854775807", .integer(.max)),
            ("-9223372036854775808", .integer(.min)),
            ("7.0", .float(7)),
            ("-.5", .float(-0.5)),
            ("+0.25", .float(0.25)),
            ("007.5", .float(7.5)),
            ("true", .boolean(true)),
            ("false", .boolean(false)),
            ("b'SGVsbG8='", .binary(Array("Hello".utf8))),
            ("b'SGk='", .binary(Array("Hi".utf8))),
            ("b'SGVsbG8h'", .binary(Array("Hello!".utf8))),
            ("h'ffD8'", .hex([0xFF, 0xD8])),
            ("h''", .hex([])),
        ])
    func constant(literal: String, expected: PatternValue) throws {
        #expect(try Parsing.value(literal) == expected)
    }

    @Test("timestamps keep fractional seconds")
    func timestamp() throws {
        let expected = try #require(Timestamp("2024-02-29T23:59:59.123456789Z"))
        let value = try Parsing.value("t'2024-02-29T23:59:59.123456789Z'")
        #expect(value == .timestamp(expected))
        guard case .timestamp(let parsed) = value else { return }
        #expect(parsed.nanoseconds == 123_456_789)
    }

    @Test("line feeds inside b'…' are supported and ignored (spec 9.2)")
    func binaryLineFeeds() throws {
        #expect(try Parsing.comparison("artifact:payload_bin = b'SGVs\nbG8='").value == .binary(Array("Hello".utf8)))
        #expect(try Parsing.comparison("artifact:payload_bin = b'SGVs\r\nbG8=\n'").value == .binary(Array("Hello".utf8)))
    }

    @Test("IN lists keep each constant's kind; integers and floats mix, as do hex and base64")
    func list() throws {
        #expect(try Parsing.comparison("file:x IN (1, 2.5)").value == .list([.integer(1), .float(2.5)]))
        #expect(try Parsing.comparison("file:x IN (h'00', b'AQ==')").value == .list([.hex([0]), .binary([1])]))
        #expect(try Parsing.comparison("file:x IN (true, false)").value == .list([.boolean(true), .boolean(false)]))
    }
}
