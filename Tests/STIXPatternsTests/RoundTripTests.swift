import STIXPatterns
import Testing

@Suite("Canonical text round trip")
struct RoundTripTests {
    @Test("parsing the description gives the same pattern", arguments: ValidPatterns.all)
    func roundTrip(pattern: String) throws {
        let parsed = try Pattern.parse(pattern)
        let reparsed = try Pattern.parse(parsed.description)
        #expect(reparsed == parsed, "\(parsed.description)")
        #expect(reparsed.description == parsed.description)
    }

    @Test(
        "corpus patterns round trip",
        .enabled(if: TestData.exists("stix21-oasis/examples") || TestData.exists("misp-stix"))
    )
    func corpusRoundTrip() throws {
        let patterns = TestData.stixPatterns(under: "stix21-oasis/examples") + TestData.stixPatterns(under: "misp-stix")
        for (_, pattern) in patterns {
            let parsed = try Pattern.parse(pattern)
            #expect(try Pattern.parse(parsed.description) == parsed, "\(parsed.description)")
        }
    }

    @Test(
        "the canonical text is what a reader expects",
        arguments: [
            ("[ file:name='a' ]", "[file:name = 'a']"),
            ("[file:size <> 1]", "[file:size != 1]"),
            ("[file:'name' = +5]", "[file:name = 5]"),
            ("[file:x = h'FFD8' OR file:y = b'SGk=']", "[file:x = h'ffd8' OR file:y = b'SGk=']"),
            ("[file:x > 1.50]", "[file:x > 1.5]"),
            ("[file:x > .000001]", "[file:x > 0.000001]"),
            ("[file:x > 100000000000000000000000.0]", "[file:x > 100000000000000000000000.0]"),
            (#"[file:name = 'it\'s']"#, #"[file:name = 'it\'s']"#),
            ("[NOT EXISTS file:name]", "[NOT EXISTS file:name]"),
            ("[file:a NOT IN ('x', 'y')]", "[file:a NOT IN ('x', 'y')]"),
            ("[(file:a = 1 OR file:a = 2) AND file:b = 3]", "[(file:a = 1 OR file:a = 2) AND file:b = 3]"),
            ("(([file:a = 1]) AND ([file:b = 2]))", "[file:a = 1] AND [file:b = 2]"),
            ("([file:a = 1] AND [file:b = 2]) AND [file:c = 3]", "([file:a = 1] AND [file:b = 2]) AND [file:c = 3]"),
            ("[file:a = 1] WITHIN 5.0 SECONDS", "[file:a = 1] WITHIN 5 SECONDS"),
            ("([file:a = 1] WITHIN 5 SECONDS) WITHIN 6 SECONDS", "([file:a = 1] WITHIN 5 SECONDS) WITHIN 6 SECONDS"),
            ("([file:a = 1] OR [file:a = 2]) REPEATS 2 TIMES", "([file:a = 1] OR [file:a = 2]) REPEATS 2 TIMES"),
        ])
    func canonicalText(input: String, expected: String) throws {
        #expect(try Pattern.parse(input).description == expected)
    }
}
