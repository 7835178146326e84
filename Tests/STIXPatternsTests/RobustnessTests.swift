import KizunaTestSupport
import STIXPatterns
import Testing

@Suite("Robustness against hostile input")
struct RobustnessTests {
    /// Fragments a mutation inserts: grammar tokens, half tokens and stray characters.
    private static let fragments = [
        "[", "]", "(", ")", "AND", "OR", "NOT", "FOLLOWEDBY", "WITHIN", "SECONDS", "REPEATS", "TIMES", "START", "STOP",
        "EXISTS", "IN", "LIKE", "MATCHES", "ISSUBSET", "ISSUPERSET", "=", "!=", "<", ">=", ":", ".", ",", "*", "'", "\\",
        "t'", "h'", "b'", "t'2020-01-01T00:00:00Z'", "h'0'", "b'=='", "-", "+", "1", "-1", "0.5", ".", "true", "file",
        "file:name", "[*]", "/*", "//", "é", " ", "\n",
    ]

    @Test("2,000 seeded mutations of valid patterns either parse or throw")
    func mutations() {
        var generator = SplitMix64(seed: 0x5EED_57A7)
        let seeds = ValidPatterns.all
        var parsed = 0
        var rejected = 0
        for _ in 0..<2_000 {
            var text = Array(seeds[Int(generator.next() % UInt64(seeds.count))])
            for _ in 0..<(1 + Int(generator.next() % 3)) {
                text = Self.mutate(text, using: &generator)
            }
            do {
                let pattern = try Pattern.parse(String(text))
                #expect(try Pattern.parse(pattern.description) == pattern, "\(String(text))")
                parsed += 1
            } catch {
                #expect(error.message.hasSuffix("at offset \(error.offset)"))
                #expect(error.offset >= 0 && error.offset <= String(text).utf8.count)
                rejected += 1
            }
        }
        #expect(parsed + rejected == 2_000)
        #expect(rejected > 0)
    }

    @Test("10,000 opening parentheses throw instead of overflowing the stack")
    func deepParentheses() throws {
        let error = try #require(Parsing.error(String(repeating: "(", count: 10_000)))
        #expect(error.offset == Pattern.maximumNestingDepth)
        #expect(error.message.contains("nesting deeper than 256 levels"))
    }

    @Test("deep nesting inside brackets throws too")
    func deepComparisonNesting() throws {
        let text = "[" + String(repeating: "(", count: 10_000) + "file:a = 1" + String(repeating: ")", count: 10_000) + "]"
        let error = try #require(Parsing.error(text))
        #expect(error.message.contains("nesting deeper than"))
    }

    @Test("nesting up to the limit parses")
    func nestingAtLimit() throws {
        let depth = Pattern.maximumNestingDepth - 1
        let text = String(repeating: "(", count: depth) + "[file:a = 1]" + String(repeating: ")", count: depth)
        let pattern = try Pattern.parse(text)
        #expect(try Pattern.parse(pattern.description) == pattern)
    }

    private static func mutate(_ text: [Character], using generator: inout SplitMix64) -> [Character] {
        var text = text
        let position = text.isEmpty ? 0 : Int(generator.next() % UInt64(text.count + 1))
        switch generator.next() % 4 {
        case 0 where !text.isEmpty:
            let length = 1 + Int(generator.next() % 4)
            let start = min(position, text.count - 1)
            text.removeSubrange(start..<min(text.count, start + length))
        case 1:
            text = Array(text.prefix(position))
        default:
            let fragment = Self.fragments[Int(generator.next() % UInt64(Self.fragments.count))]
            text.insert(contentsOf: Array(fragment), at: min(position, text.count))
        }
        return text
    }
}
