import KizunaTestSupport
import STIX
import STIXPatterns
import Testing

@Suite("Evaluation: fuzzing with random and mutated patterns")
struct EvaluationFuzzTests {

    static let fragments = [
        " AND ", " OR ", " FOLLOWEDBY ", "[", "]", "(", ")", "'", "NOT ", " REPEATS 2 TIMES", " WITHIN 1 SECONDS",
        " START t'2020-01-01T00:00:00Z' STOP t'2020-01-01T00:01:00Z'", "[*]", "[0]", "_ref", "_refs[*]", ".value", "%",
        "_", "\\\\", " = ", " != ", " > ", " <= ", " IN ('a', 1)", " LIKE '%a%'", " MATCHES '(a|'", " MATCHES '.*'",
        " ISSUBSET '10.0.0.0/8'", " ISSUPERSET '::/0'", "EXISTS ", "h'ff'", "b'AA=='", "t'2020-01-01T00:00:00Z'", "1.5",
        "-1", "true", "file:name", "ipv4-addr:value", "network-traffic:dst_ref.value", "file:hashes.MD5",
        " REPEATS 3 TIMES",
    ]

    /// Observations of several SCO types, with references, lists, binary data and repeated counts.
    static let observations: [Observation] = [
        Fixture.observation(
            "1", first: Fixture.time(0), count: 2, Fixture.sco("file", ("name", "a.exe"), ("size", 10), ("hashes", .object(["MD5": "aa"]))),
            Fixture.sco("ipv4-addr", ("value", "10.1.2.3"))),
        Fixture.observation(
            "2", first: Fixture.time(5), last: Fixture.time(30), Fixture.sco("network-traffic", ("dst_ref", "1"), ("src_ref", "9")),
            Fixture.sco("ipv4-addr", ("value", "10.0.0.1")), Fixture.sco("ipv6-addr", ("value", "2001:db8::1"))),
        Fixture.observation(
            "3", first: Fixture.time(40), Fixture.sco("artifact", ("payload_bin", "/9g="), ("x_bad_bin", "%%%")),
            Fixture.sco("domain-name", ("value", "a.example"), ("resolvesto_refs", ["1", 7, "0"]))),
        Fixture.observation("4", first: Fixture.time(50), Fixture.sco("file", ("name", .array(["x", 1, nil])), ("size", "big"))),
        Fixture.observation(
            "5", first: Fixture.time(55), count: 3,
            Fixture.sco(
                "file", ("name", "foo.dll"), ("mime_type", "application/x-pdf"), ("size", 25536),
                ("hashes", .object(["SHA-256": "aec070645fe53ee3b3763059376134f058cc337247c978add178b6ccdfb0019f"]))),
            Fixture.sco("ipv4-addr", ("value", "203.0.113.1")), Fixture.sco("url", ("value", "http://example.com/foo")),
            Fixture.sco("domain-name", ("value", "www.5z8.info")), Fixture.sco("process", ("name", "fooproc"))),
    ]

    static func mutate(_ text: String, using generator: inout SplitMix64) -> String {
        var characters = Array(text)
        for _ in 0..<Int.random(in: 1...3, using: &generator) {
            let position = characters.isEmpty ? 0 : Int.random(in: 0...characters.count, using: &generator)
            switch Int.random(in: 0..<4, using: &generator) {
            case 0 where !characters.isEmpty:
                let end = min(characters.count, position + Int.random(in: 1...8, using: &generator))
                characters.removeSubrange(min(position, end)..<end)
            case 1:
                characters.insert(contentsOf: Self.fragments.randomElement(using: &generator)!, at: position)
            case 2 where !characters.isEmpty:
                let start = Int.random(in: 0..<characters.count, using: &generator)
                let end = min(characters.count, start + Int.random(in: 1...20, using: &generator))
                characters.insert(contentsOf: characters[start..<end], at: position)
            default:
                characters.insert(Character(Unicode.Scalar(UInt8.random(in: 32...126, using: &generator))), at: position)
            }
        }
        return String(characters)
    }

    @Test("random regular expressions never crash the PCRE rewriting or MATCHES")
    func regexFuzz() {
        var generator = SplitMix64(seed: 0xFACE)
        let alphabet = Array("[]()^$.*+?{}|\\-&:=<>!PNQEKk0123abc\n")
        let file = Fixture.sco("file", ("name", "abc[]&-\n0"))
        var compiled = 0
        for _ in 0..<4000 {
            let regex = String((0..<Int.random(in: 1...16, using: &generator)).map { _ in alphabet.randomElement(using: &generator)! })
            // Inside the pattern string, backslashes are escaped.
            let escaped = String(regex.flatMap { $0 == "\\" ? ["\\", "\\"] : [$0] })
            guard let pattern = try? Pattern.parse("[file:name MATCHES '\(escaped)']") else { continue }
            compiled += 1
            _ = PatternMatcher(pattern).matches(Fixture.observation("f", file))
        }
        #expect(compiled > 400, "too few random regexes compiled: \(compiled)")
    }

    @Test("random and mutated patterns never crash the evaluator")
    func fuzz() {
        var generator = SplitMix64(seed: 0x5EED)
        var corpus = ValidPatterns.all
        corpus += TestData.stixPatterns(under: "misp-stix/tests").map(\.pattern).prefix(300)
        var parsed = 0
        var matched = 0
        for round in 0..<6000 {
            let text: String
            if round % 10 == 0 {
                text = String(
                    (0..<Int.random(in: 1...60, using: &generator)).map { _ in
                        Self.fragments.randomElement(using: &generator)!.randomElement(using: &generator)!
                    })
            } else {
                text = Self.mutate(corpus.randomElement(using: &generator)!, using: &generator)
            }
            guard let pattern = try? Pattern.parse(text) else { continue }
            parsed += 1
            let matcher = PatternMatcher(pattern)
            if matcher.match(Self.observations) != nil { matched += 1 }
            for observation in Self.observations { _ = matcher.matches(observation) }
        }
        #expect(parsed > 700, "too few mutants parsed to exercise the evaluator: \(parsed)")
        #expect(matched > 20, "too few mutants matched to exercise bindings: \(matched)")
    }
}
