import STIX
import STIXPatterns
import Testing

@Suite("Evaluation: comparison operators and their type rules")
struct ComparisonOperatorTests {
    static let file = Fixture.sco(
        "file",
        ("name", "report.pdf"),
        ("size", 25536),
        ("ratio", 0.5),
        ("created", "2014-01-13T07:03:17Z"),
        ("magic_number_hex", "ffd8"),
        ("x_signed", true),
        ("x_empty", .array([])),
        ("x_null", nil),
        ("hashes", .object(["MD5": "79054025255fb1a26e4bc422aef54eb4"]))
    )

    @Test(
        "each operator and its NOT on a matching type",
        arguments: [
            ("file:name = 'report.pdf'", true), ("file:name NOT = 'report.pdf'", false), ("file:name == 'report.pdf'", true),
            ("file:name = 'other.pdf'", false), ("file:name NOT = 'other.pdf'", true),
            ("file:name != 'other.pdf'", true), ("file:name NOT != 'other.pdf'", false),
            ("file:name <> 'report.pdf'", false),
            ("file:size = 25536", true), ("file:size = 25536.0", true), ("file:size != 25536", false),
            ("file:size < 25537", true), ("file:size NOT < 25537", false), ("file:size < 25536", false),
            ("file:size <= 25536", true), ("file:size NOT <= 25536", false), ("file:size <= 25535.5", false),
            ("file:size > 25535", true), ("file:size NOT > 25535", false), ("file:size > 25536", false),
            ("file:size >= 25536", true), ("file:size NOT >= 25536", false), ("file:size >= 25536.5", false),
            ("file:ratio = 0.5", true), ("file:ratio < 1", true), ("file:ratio > -1", true),
            ("file:name < 's'", true), ("file:name > 'r'", true), ("file:name >= 'report.pdf'", true),
            ("file:name < 'Z'", false),
            ("file:x_signed = true", true), ("file:x_signed != false", true), ("file:x_signed NOT = true", false),
        ])
    func operators(comparison: String, expected: Bool) throws {
        #expect(try Fixture.holds(comparison, for: Self.file) == expected)
    }

    @Test(
        "a type mismatch is false, except under != (spec 9.6.1); NOT negates that result",
        arguments: [
            ("file:name = 1", false), ("file:name != 1", true), ("file:name NOT = 1", true), ("file:name NOT != 1", false),
            ("file:size = '25536'", false), ("file:size != '25536'", true), ("file:size < 'z'", false),
            ("file:size NOT < 'z'", true), ("file:x_signed = 1", false), ("file:x_signed != 1", true),
            ("file:size = true", false), ("file:name = t'2014-01-13T07:03:17Z'", false), ("file:hashes = 'x'", false),
            ("file:hashes != 'x'", true), ("file:x_empty = 'x'", false), ("file:x_null = 'x'", false),
            ("file:x_null != 'x'", true), ("file:size LIKE '2%'", false), ("file:size NOT LIKE 'x'", true),
            ("file:size MATCHES '2'", false), ("file:size NOT MATCHES 'x'", true), ("file:size ISSUBSET '10.0.0.0/8'", false),
            ("file:size NOT ISSUBSET '10.0.0.0/8'", true),
        ])
    func typeMismatch(comparison: String, expected: Bool) throws {
        #expect(try Fixture.holds(comparison, for: Self.file) == expected)
    }

    @Test(
        "a missing property makes every comparison false, negated or not; NOT EXISTS is the exception",
        arguments: [
            "file:missing = 'x'", "file:missing != 'x'", "file:missing NOT = 'x'", "file:missing < 5",
            "file:missing NOT < 5", "file:missing IN ('x')", "file:missing NOT IN ('x')", "file:missing LIKE '%'",
            "file:missing NOT LIKE 'x'", "file:missing MATCHES '.*'", "file:missing NOT MATCHES 'x'",
            "file:missing ISSUBSET '0.0.0.0/0'", "file:missing NOT ISSUPERSET '1.2.3.4'", "EXISTS file:missing",
            "file:hashes.'SHA-1' = 'x'", "file:hashes.'SHA-1' != 'x'", "file:name.length = 3",
        ])
    func missingProperty(comparison: String) throws {
        #expect(try Fixture.holds(comparison, for: Self.file) == false)
    }

    @Test("EXISTS and NOT EXISTS test presence of any value, null included")
    func exists() throws {
        #expect(try Fixture.holds("EXISTS file:name", for: Self.file))
        #expect(try Fixture.holds("EXISTS file:x_null", for: Self.file))
        #expect(try Fixture.holds("EXISTS file:hashes.MD5", for: Self.file))
        #expect(try Fixture.holds("NOT EXISTS file:missing", for: Self.file))
        #expect(try !Fixture.holds("NOT EXISTS file:name", for: Self.file))
        #expect(try !Fixture.holds("EXISTS file:x_empty[*]", for: Self.file))
        #expect(try Fixture.holds("NOT EXISTS file:x_empty[*]", for: Self.file))
        // NOT EXISTS still needs an SCO of the path's type.
        #expect(try !Fixture.holds("NOT EXISTS process:name", for: Self.file))
    }

    @Test("integers compare with floats exactly, beyond 2^53 too (spec 9.2: the full value, not truncated)")
    func exactNumbers() throws {
        let big = Fixture.sco(
            "file", ("size", .number(JSONNumber(text: "9007199254740992.0")!)), ("x_int", .number(JSONNumber(text: "9007199254740993")!)))
        #expect(try !Fixture.holds("file:size = 9007199254740993", for: big))
        #expect(try Fixture.holds("file:size < 9007199254740993", for: big))
        #expect(try Fixture.holds("file:size != 9007199254740993", for: big))
        #expect(try Fixture.holds("file:size = 9007199254740992", for: big))
        #expect(try !Fixture.holds("file:x_int = 9007199254740992.0", for: big))
        #expect(try Fixture.holds("file:x_int > 9007199254740992.0", for: big))
        #expect(try !Fixture.holds("file:size = 1.5", for: Fixture.sco("file", ("size", 1))))
    }

    @Test("a timestamp constant compares with a timestamp string by instant")
    func timestamps() throws {
        #expect(try Fixture.holds("file:created = t'2014-01-13T07:03:17Z'", for: Self.file))
        #expect(try Fixture.holds("file:created = t'2014-01-13T07:03:17.000Z'", for: Self.file))
        #expect(try Fixture.holds("file:created > t'2014-01-13T07:03:16.999Z'", for: Self.file))
        #expect(try Fixture.holds("file:created < t'2014-01-13T07:03:17.001Z'", for: Self.file))
        #expect(try !Fixture.holds("file:created != t'2014-01-13T07:03:17Z'", for: Self.file))
        // The spec example: a string constant compares as text, not as a time.
        #expect(try Fixture.holds("file:created = '2014-01-13T07:03:17Z'", for: Self.file))
        #expect(try !Fixture.holds("file:created = '2014-01-13T07:03:17.000Z'", for: Self.file))
        // A value that is not a timestamp is a type mismatch for a timestamp constant: false, but true under !=.
        #expect(try !Fixture.holds("file:name = t'2014-01-13T07:03:17Z'", for: Self.file))
        #expect(try Fixture.holds("file:name != t'2014-01-13T07:03:17Z'", for: Self.file))
    }

    @Test("binary properties (_hex, _bin) compare as bytes with h'…', b'…' and Latin-1 strings")
    func binary() throws {
        #expect(try Fixture.holds("file:magic_number_hex = h'ffd8'", for: Self.file))
        #expect(try Fixture.holds("file:magic_number_hex = h'FFD8'", for: Self.file))
        #expect(try Fixture.holds("file:magic_number_hex = b'/9g='", for: Self.file))
        #expect(try Fixture.holds("file:magic_number_hex = '\u{FF}\u{D8}'", for: Self.file))
        #expect(try !Fixture.holds("file:magic_number_hex = 'ffd8'", for: Self.file))
        #expect(try Fixture.holds("file:magic_number_hex > h'ff'", for: Self.file))
        #expect(try Fixture.holds("file:magic_number_hex < h'ffd9'", for: Self.file))
        #expect(try !Fixture.holds("file:magic_number_hex = h'ffd9'", for: Self.file))
        // A code point above U+00FF cannot compare with bytes: a type mismatch, false under = and true under !=.
        #expect(try !Fixture.holds("file:magic_number_hex = 'ÿ\u{0100}'", for: Self.file))
        #expect(try Fixture.holds("file:magic_number_hex != 'ÿ\u{0100}'", for: Self.file))
        let artifact = Fixture.sco("artifact", ("payload_bin", "SGVsbG8="), ("x_bad_hex", "zz"))
        #expect(try Fixture.holds("artifact:payload_bin = b'SGVsbG8='", for: artifact))
        #expect(try Fixture.holds("artifact:payload_bin = 'Hello'", for: artifact))
        #expect(try Fixture.holds("artifact:payload_bin = h'48656c6c6f'", for: artifact))
        #expect(try !Fixture.holds("artifact:payload_bin = 'SGVsbG8='", for: artifact))
        // A string property compares with a binary constant through its Latin-1 bytes.
        #expect(try Fixture.holds("file:name = h'7265706f72742e706466'", for: Self.file))
        // Undecodable binary text is no value at all.
        let badHex = Fixture.sco("file", ("magic_number_hex", "zz"))
        #expect(try !Fixture.holds("file:magic_number_hex != h'00'", for: badHex))
    }

    @Test("strings compare by code point, without Unicode canonical equivalence")
    func codePoints() throws {
        let decomposed = Fixture.sco("file", ("name", "e\u{301}.txt"))
        #expect(try !Fixture.holds("file:name = '\u{E9}.txt'", for: decomposed))
        #expect(try Fixture.holds("file:name = 'e\u{301}.txt'", for: decomposed))
        #expect(try Fixture.holds("file:name < '\u{E9}'", for: decomposed))
    }
}
