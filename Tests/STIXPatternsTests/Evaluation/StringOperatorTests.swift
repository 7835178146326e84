import STIX
import STIXPatterns
import Testing

@Suite("Evaluation: IN, LIKE and MATCHES")
struct StringOperatorTests {
    static let file = Fixture.sco("file", ("name", "Final Report.exe"), ("size", 3), ("x_lines", "one\ntwo"))

    @Test(
        "IN is equality with any list element, under the same type rules",
        arguments: [
            ("file:name IN ('a.exe', 'Final Report.exe')", true), ("file:name NOT IN ('a.exe', 'Final Report.exe')", false),
            ("file:name IN ('a.exe', 'b.exe')", false), ("file:name NOT IN ('a.exe', 'b.exe')", true),
            ("file:size IN (1, 2, 3)", true), ("file:size IN (1.5, 3.0)", true), ("file:size NOT IN (1, 2)", true),
            // A type mismatch is false; NOT negates it. The grammar admits an empty set, which holds nothing.
            ("file:size IN ('3')", false), ("file:size NOT IN ('3')", true), ("file:name IN ()", false),
            ("file:name NOT IN ()", true),
        ])
    func membership(comparison: String, expected: Bool) throws {
        #expect(try Fixture.holds(comparison, for: Self.file) == expected)
    }

    @Test("an IN list must hold constants of one data type (spec 9.6.1); integers and floats are both numbers")
    func homogeneousSets() throws {
        #expect(throws: PatternSyntaxError.self) { try Pattern.parse("[file:name IN (1, 'Final Report.exe')]") }
        #expect(throws: PatternSyntaxError.self) { try Pattern.parse("[file:size IN ('3', 3)]") }
        #expect(throws: PatternSyntaxError.self) { try Pattern.parse("[file:x IN (true, t'2020-01-01T00:00:00Z')]") }
        #expect(try Fixture.holds("file:size IN (1.5, 3)", for: Self.file))
    }

    @Test(
        "LIKE: % is any run, _ exactly one character, the whole value must match",
        arguments: [
            ("file:name LIKE 'Final%'", true), ("file:name LIKE '%.exe'", true), ("file:name LIKE '%Report%'", true),
            ("file:name LIKE 'Final'", false), ("file:name LIKE 'final%'", false), ("file:name LIKE '%'", true),
            ("file:name LIKE 'Final_Report.exe'", true), ("file:name LIKE 'Final__Report.exe'", false),
            ("file:name LIKE '_inal Report.ex_'", true), ("file:name LIKE 'Final Report.exe%'", true),
            ("file:name LIKE '%%.exe'", true), ("file:name LIKE 'F%R%t.e_e'", true), ("file:name LIKE 'F%x%x'", false),
            ("file:name NOT LIKE 'Final%'", false), ("file:name NOT LIKE '%.dll'", true),
            ("file:name LIKE 'Final.Report.exe'", false), ("file:name LIKE 'Final Report[.]exe'", false),
            ("file:x_lines LIKE 'one%'", true), ("file:x_lines LIKE 'one_two'", true),
        ])
    func like(comparison: String, expected: Bool) throws {
        #expect(try Fixture.holds(comparison, for: Self.file) == expected)
    }

    @Test("LIKE and MATCHES compare NFC-normalised text, _ is one code point")
    func normalization() throws {
        let decomposed = Fixture.sco("file", ("name", "cafe\u{301}"))
        #expect(try Fixture.holds("file:name LIKE 'caf\u{E9}'", for: decomposed))
        #expect(try Fixture.holds("file:name LIKE 'caf_'", for: decomposed))
        #expect(try Fixture.holds("file:name MATCHES '^caf\u{E9}$'", for: decomposed))
        let emoji = Fixture.sco("file", ("name", "a😀b"))
        #expect(try Fixture.holds("file:name LIKE 'a_b'", for: emoji))
    }

    @Test(
        "MATCHES searches anywhere in the value with PCRE-style syntax",
        arguments: [
            ("file:name MATCHES 'Report'", true), ("file:name MATCHES '^Final .+\\\\.exe$'", true),
            ("file:name MATCHES '^Final Report.+\\\\.exe$'", false),
            ("file:name MATCHES '^Report'", false), ("file:name MATCHES '(?i)^final'", true),
            ("file:name MATCHES '\\\\d'", false), ("file:name NOT MATCHES '\\\\d'", true),
            ("file:name NOT MATCHES 'Report'", false), ("file:name MATCHES ''", true),
            ("file:name MATCHES 'R[aeiou]port'", true), ("file:name MATCHES 'x{2,}'", false),
            ("file:x_lines MATCHES '^two$'", false), ("file:x_lines MATCHES '(?m)^two$'", true),
        ])
    func matches(comparison: String, expected: Bool) throws {
        #expect(try Fixture.holds(comparison, for: Self.file) == expected)
    }

    @Test(
        "MATCHES with optional parts, groups, classes and escapes (the literal prefilter must not reject these)",
        arguments: [
            ("ac", "ab?c", true), ("ac", "ab*c", true), ("abbc", "ab+c", true), ("ac", "ab+c", false),
            ("abc", "(xyz)?abc", true), ("abc", "x{0}abc", true), ("abc", "xy{0,1}abc", false), ("yabc", "[xyz]abc", true),
            ("ABC", "\\x41BC", true), ("b", "zz|b", true), ("evil.exe", "\\.exe$", true), ("evilexe", "l\\.exe", false),
            ("a1", "a\\d", true), ("ab", "(?i)AB", true), ("abab", "(ab)\\1", true), ("xx", "xx+?", true),
            ("a]b", "a[]]b", true), ("caf\u{E9}", "caf", true), ("Kelvin", "\u{212A}elvin", true), ("\u{212A}elvin", "Kelvin", true),
        ])
    func regexForms(value: String, regex: String, expected: Bool) throws {
        let file = Fixture.sco("file", ("name", .string(value)))
        let literal = String(regex.flatMap { $0 == "\\" ? ["\\", "\\"] : [$0] })
        #expect(try Fixture.holds("file:name MATCHES '\(literal)'", for: file) == expected)
    }

    @Test("an invalid regex makes the pattern invalid, so it matches nothing even under OR (spec 9.4)")
    func invalidRegex() throws {
        for pattern in [
            "[file:name MATCHES '(unclosed']", "[file:name NOT MATCHES '(unclosed']",
            "[file:name MATCHES '(' OR file:name = 'Final Report.exe']",
        ] {
            #expect(throws: PatternSyntaxError.self) { try Pattern.parse(pattern) }
        }
    }

    @Test(
        "PCRE spellings that ICU reads differently mean what PCRE means",
        arguments: [
            ("(?P<x>a)(?P=x)", "aa", true), ("(?P<x>a)(?P=x)", "ab", false), ("^\\101$", "A", true),
            ("^(a)\\1$", "aa", true), ("^[a&&b]+$", "a&b", true), ("^[a&&b]$", "b", true), ("^[[a]+$", "a[", true),
            ("^[]a]+$", "]a", true), ("^[^]a]$", "b", true), ("^[^]a]$", "]", false), ("^a\\Nb$", "a-b", true),
            ("^a\\Nb$", "a\nb", false), ("^[[:digit:]]+$", "42", true), ("\\Q[a]\\E", "x[a]", true),
        ])
    func pcreSpellings(regex: String, value: String, expected: Bool) throws {
        let file = Fixture.sco("file", ("name", .string(value)))
        // A pattern string escapes its backslashes.
        let escaped = String(regex.flatMap { $0 == "\\" ? ["\\", "\\"] : [$0] })
        #expect(try Fixture.holds("file:name MATCHES '\(escaped)'", for: file) == expected)
    }

    @Test("MATCHES runs with DOTALL, and only a line feed ends a line for $ (PCRE's default)")
    func dotAll() throws {
        #expect(try Fixture.holds("file:x_lines MATCHES '^one.two$'", for: Self.file))
        #expect(try Fixture.holds("file:x_lines MATCHES 'e.*o'", for: Self.file))
        let carriage = Fixture.sco("file", ("name", "ab\r"))
        #expect(try !Fixture.holds("file:name MATCHES '^ab$'", for: carriage))
        #expect(try Fixture.holds("file:name MATCHES '^ab.$'", for: carriage))
        let feed = Fixture.sco("file", ("name", "ab\n"))
        #expect(try Fixture.holds("file:name MATCHES '^ab$'", for: feed))
    }

    @Test("MATCHES on a binary property matches its bytes (the spec's pcap example)")
    func binaryRegex() throws {
        let pcap = Fixture.sco(
            "artifact", ("mime_type", "application/vnd.tcpdump.pcap"), ("payload_bin", "1MOyoQIABAAAAAAAAAAAAP//AAABAAAA"))
        let pattern =
            #"artifact:mime_type = 'application/vnd.tcpdump.pcap' AND artifact:payload_bin MATCHES '\\xd4\\xc3\\xb2\\xa1\\x02\\x00\\x04\\x00'"#
        #expect(try Fixture.holds(pattern, for: pcap))
        #expect(try !Fixture.holds(#"artifact:payload_bin MATCHES '^\\xd4\\xc3\\xb2\\xa2'"#, for: pcap))
        #expect(try Fixture.holds(#"artifact:payload_bin MATCHES '\\xff\\xff'"#, for: pcap))
        // A regex with a code point above U+00FF cannot match bytes.
        #expect(try !Fixture.holds("artifact:payload_bin MATCHES '\u{0100}|\\\\xd4'", for: pcap))
        // LIKE reads binary data that is UTF-8 text.
        let text = Fixture.sco("artifact", ("payload_bin", "SGVsbG8="))
        #expect(try Fixture.holds("artifact:payload_bin LIKE 'He%'", for: text))
        #expect(try Fixture.holds("artifact:payload_bin MATCHES '^Hel+o$'", for: text))
    }
}
