import STIXPatterns
import Testing

@Suite("Lexing: whitespace")
struct WhitespaceTests {
    /// Every code point with the Unicode property WSpace=Y.
    static let whitespace: [Unicode.Scalar] =
        [0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x20, 0x85, 0xA0, 0x1680, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000].map { Unicode.Scalar($0)! }
        + (0x2000...0x200A).map { Unicode.Scalar($0)! }

    @Test("any Unicode whitespace (WSpace=Y) delimits parts of a pattern (spec 9.4)", arguments: Self.whitespace)
    func unicodeWhitespace(_ space: Unicode.Scalar) throws {
        let gap = String(Character(space))
        let pattern = try Pattern.parse("[file:name\(gap)=\(gap)'a'\(gap)AND\(gap)file:size\(gap)>\(gap)1]\(gap)WITHIN\(gap)5\(gap)SECONDS")
        #expect(pattern == (try Pattern.parse("[file:name = 'a' AND file:size > 1] WITHIN 5 SECONDS")))
    }

    @Test("other characters, such as a zero-width space, are not whitespace")
    func notWhitespace() {
        #expect(throws: PatternSyntaxError.self) { try Pattern.parse("[file:name\u{200B}= 'a']") }
    }
}
