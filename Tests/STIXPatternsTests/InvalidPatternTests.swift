import STIXPatterns
import Testing

/// An invalid pattern, where the error points, and a fragment of the message naming what was expected.
struct InvalidCase: Sendable, CustomTestStringConvertible {
    let pattern: String
    let offset: Int
    let fragment: String

    init(_ pattern: String, offset: Int, expecting fragment: String) {
        self.pattern = pattern
        self.offset = offset
        self.fragment = fragment
    }

    var testDescription: String {
        self.pattern.isEmpty ? "(empty)" : self.pattern
    }
}

@Suite("Invalid patterns")
struct InvalidPatternTests {
    /// Rejected by the grammar (and by stix2-patterns).
    static let grammarViolations: [InvalidCase] = [
        InvalidCase(#"[file:name = 'a'"#, offset: 16, expecting: #"expected ']' to close the observation"#),
        InvalidCase(#"[file:name = 'a']]"#, offset: 17, expecting: #"expected 'AND', 'OR', 'FOLLOWEDBY', a qualifier or the end of the pattern"#),
        InvalidCase(#"([file:name = 'a']"#, offset: 18, expecting: #"expected ')' to close the parenthesised observation expression"#),
        InvalidCase(
            #"[file:name = 'a'] AND [file:size = 1 AND ]"#, offset: 41, expecting: #"expected an object path, 'EXISTS' or '(' to start a comparison"#),
        InvalidCase(#"[file:name 'a']"#, offset: 11, expecting: #"expected a comparison operator"#),
        InvalidCase(#"[file:name = ]"#, offset: 13, expecting: #"expected a constant after '='"#),
        InvalidCase(#"[file:created = t'2020-13-01T00:00:00Z']"#, offset: 16, expecting: #"invalid timestamp literal"#),
        InvalidCase(#"[file:created = t'2020-01-01 00:00:00Z']"#, offset: 16, expecting: #"invalid timestamp literal"#),
        InvalidCase(#"[file:created = t'2020-01-01T00:00:00+01:00']"#, offset: 16, expecting: #"invalid timestamp literal"#),
        InvalidCase(#"[file:x = h'abc']"#, offset: 10, expecting: #"expected an even number of hex digits"#),
        InvalidCase(#"[file:x = h'zz']"#, offset: 10, expecting: #"expected an even number of hex digits"#),
        InvalidCase(#"[file:x = b'SGVsbG8']"#, offset: 10, expecting: #"expected non-empty padded base64"#),
        InvalidCase(#"[file:x = b'']"#, offset: 10, expecting: #"expected non-empty padded base64"#),
        InvalidCase(#"[file:x = b'S=GV']"#, offset: 10, expecting: #"expected non-empty padded base64"#),
        InvalidCase(#"[file:name IN 'a']"#, offset: 14, expecting: #"expected '(' to start the list after 'IN'"#),
        InvalidCase(#"[file:name IN ('a' 'b')]"#, offset: 19, expecting: #"expected ',' or ')' in the IN list"#),
        InvalidCase(#"[file:name = 'a'] and [file:name = 'b']"#, offset: 18, expecting: #"keywords are uppercase: 'AND'"#),
        InvalidCase(#"[file:name = 'a' and file:size = 1]"#, offset: 17, expecting: #"keywords are uppercase: 'AND'"#),
        InvalidCase(
            #"[file:name = 'a'] garbage"#, offset: 18, expecting: #"expected 'AND', 'OR', 'FOLLOWEDBY', a qualifier or the end of the pattern"#),
        InvalidCase(#"[file:name = 'a'] WITHIN SECONDS"#, offset: 25, expecting: #"expected a positive number of seconds after 'WITHIN'"#),
        InvalidCase(#"[file:name = 'a'] WITHIN 5"#, offset: 26, expecting: #"expected 'SECONDS' after the WITHIN duration"#),
        InvalidCase(#"[file:name = 'a'] REPEATS -3 TIMES"#, offset: 26, expecting: #"expected a positive integer after 'REPEATS'"#),
        InvalidCase(#"[file:name = 'a'] REPEATS 2.5 TIMES"#, offset: 26, expecting: #"expected a positive integer after 'REPEATS'"#),
        InvalidCase(#"[file:name = 'a'] REPEATS 2"#, offset: 27, expecting: #"expected 'TIMES' after the REPEATS count"#),
        InvalidCase(#"[file:name = 'a'] START t'2020-01-02T00:00:00Z'"#, offset: 47, expecting: #"expected 'STOP' after the START timestamp"#),
        InvalidCase(
            #"[file:name = 'a'] START '2020-01-02T00:00:00Z' STOP t'2020-01-03T00:00:00Z'"#, offset: 24,
            expecting: #"expected a timestamp literal t'…' after 'START'"#),
        InvalidCase(#"[file:name = 'a'] WITHIN 5 SECONDS WITHIN 6 SECONDS"#, offset: 35, expecting: #"duplicate WITHIN qualifier"#),
        InvalidCase(#"[file:name = 'unterminated]"#, offset: 13, expecting: #"unterminated string literal"#),
        InvalidCase(#"[file:name = 'a\nb']"#, offset: 15, expecting: #"invalid escape in string literal"#),
        InvalidCase(#"[file:name-x = 'a']"#, offset: 6, expecting: #"property name 'name-x' contains '-'"#),
        InvalidCase(#"[file = 'a']"#, offset: 6, expecting: #"expected ':' after the object type 'file'"#),
        InvalidCase(#"[file:name.STOP = 'a']"#, offset: 11, expecting: #"expected a property name or quoted key after '.'"#),
        InvalidCase(#"[file:name[x] = 'a']"#, offset: 11, expecting: #"expected an integer or '*' as list index"#),
        InvalidCase(#"[file:name EXISTS]"#, offset: 11, expecting: #"expected a comparison operator"#),
        InvalidCase(#"[NOT file:name = 'a']"#, offset: 5, expecting: #"expected 'EXISTS' after a leading 'NOT'"#),
        InvalidCase(#"[file:name NOT NOT = 'a']"#, offset: 15, expecting: #"expected a comparison operator"#),
        InvalidCase(#"[file:name LIKE 5]"#, offset: 16, expecting: #"expected a string literal after 'LIKE'"#),
        InvalidCase(#"[file:name MATCHES h'00']"#, offset: 19, expecting: #"expected a string literal after 'MATCHES'"#),
        InvalidCase(#"[ipv4-addr:value ISSUBSET 10]"#, offset: 26, expecting: #"expected a string literal after 'ISSUBSET'"#),
        InvalidCase(#"[file:size < true]"#, offset: 13, expecting: #"expected an orderable constant (not a boolean) after '<'"#),
        InvalidCase(#"[file:size = 01]"#, offset: 13, expecting: #"must not have leading zeros"#),
        InvalidCase(#"[file:size = 1e5]"#, offset: 14, expecting: #"expected ']' to close the observation"#),
        InvalidCase(#"[file:size = TRUE]"#, offset: 13, expecting: #"expected a constant after '='"#),
        InvalidCase(#"[]"#, offset: 1, expecting: #"expected an object path, 'EXISTS' or '(' to start a comparison"#),
        InvalidCase(#""#, offset: 0, expecting: #"expected '[' or '(' to start an observation expression"#),
        InvalidCase(#"file:name = 'a'"#, offset: 0, expecting: #"expected '[' or '(' to start an observation expression"#),
        InvalidCase(#"[file:name = 'a'] AND"#, offset: 21, expecting: #"expected '[' or '(' to start an observation expression"#),
        InvalidCase(
            #"[file:name = 'a'] FOLLOWEDBY FOLLOWEDBY [file:name = 'b']"#, offset: 29,
            expecting: #"expected '[' or '(' to start an observation expression"#),
        InvalidCase(#"[file:name = 'a' /* open comment]"#, offset: 17, expecting: #"unterminated comment"#),
        InvalidCase(#"[file:name # 'a']"#, offset: 11, expecting: #"unexpected character '#'"#),
        InvalidCase(#"[file:name ! 'a']"#, offset: 11, expecting: #"expected '!=' but found a lone '!'"#),
    ]

    /// Rejected by the STIX 2.1 prose (RFC 3339 dates, positive qualifier values, lowercase type names,
    /// homogeneous IN lists, valid MATCHES and ISSUBSET constants, 64-bit integers) although stix2-patterns 2.1.2
    /// accepts them.
    static let specViolations: [InvalidCase] = [
        InvalidCase(#"[file:created = t'2020-02-30T00:00:00Z']"#, offset: 16, expecting: #"invalid timestamp literal"#),
        InvalidCase(#"[file:name = 'a'] WITHIN 0 SECONDS"#, offset: 25, expecting: #"expected a positive number of seconds after 'WITHIN'"#),
        InvalidCase(#"[file:name = 'a'] REPEATS 0 TIMES"#, offset: 26, expecting: #"expected a positive integer after 'REPEATS'"#),
        InvalidCase(#"[file:size IN (1, 'a')]"#, offset: 18, expecting: #"the IN list mixes number and string constants"#),
        InvalidCase(#"[file:name MATCHES '(']"#, offset: 19, expecting: #"invalid regular expression '(' after 'MATCHES'"#),
        InvalidCase(#"[ipv4-addr:value ISSUBSET 'x']"#, offset: 26, expecting: #"is not an IPv4 or IPv6 address or CIDR network"#),
        InvalidCase(#"[File:name = 'a']"#, offset: 1, expecting: #"invalid object type 'File'"#),
        InvalidCase(#"[file:size = 99999999999999999999]"#, offset: 13, expecting: #"does not fit in 64 bits"#),
    ]

    @Test("grammar violations throw at the offending offset", arguments: Self.grammarViolations)
    func grammarViolation(_ invalid: InvalidCase) {
        Self.check(invalid)
    }

    @Test("spec violations the grammar admits throw at the offending offset", arguments: Self.specViolations)
    func specViolation(_ invalid: InvalidCase) {
        Self.check(invalid)
    }

    @Test("the message ends with the offset")
    func messageFormat() throws {
        let error = try #require(Parsing.error("[file:name = 'a' AND file:size = 1] AND [file:name = 'b' AND"))
        #expect(error.message == "expected an object path, 'EXISTS' or '(' to start a comparison, found end of pattern at offset 60")
        #expect(error.description == error.message)
    }

    @Test("an unclosed observation names the token found")
    func unclosedObservation() throws {
        let error = try #require(Parsing.error("[file:name = 'a' file:size = 1]"))
        #expect(error.message == "expected ']' to close the observation, found 'file' at offset 17")
    }

    private static func check(_ invalid: InvalidCase, sourceLocation: SourceLocation = #_sourceLocation) {
        guard let error = Parsing.error(invalid.pattern) else {
            Issue.record("\(invalid.pattern) parsed", sourceLocation: sourceLocation)
            return
        }
        #expect(error.offset == invalid.offset, "\(error.message)", sourceLocation: sourceLocation)
        #expect(error.message.contains(invalid.fragment), "\(error.message)", sourceLocation: sourceLocation)
        #expect(error.message.hasSuffix("at offset \(error.offset)"), sourceLocation: sourceLocation)
    }
}
