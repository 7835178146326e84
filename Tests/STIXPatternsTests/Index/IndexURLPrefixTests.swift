import STIX
import STIXPatterns
import Testing

@Suite("IndicatorIndex: url MATCHES anchored on a literal scheme and host")
struct IndexURLPrefixTests {
    static let patterns = [
        #"[url:value MATCHES '^https://pay\\.bank-secure\\.example/']"#,
        #"[url:value MATCHES '^https://pay\\.bank-secure\\.example/login\\?id=[0-9]+$']"#,
        #"[url:value MATCHES '^http://mule\\.example/' AND url:value MATCHES 'confirm']"#,
    ]

    @Test(
        "such a pattern is a candidate under the URL's start, not a fallback; others stay fallbacks",
        arguments: [
            (#"[url:value MATCHES '^https://a\\.example/']"#, IndexingOutcome.candidate),
            (#"[url:value MATCHES '^https://a\\.example']"#, .fallback),
            (#"[url:value MATCHES '^https://a\\.example/?']"#, .fallback),
            (#"[url:value MATCHES '^https?://a\\.example/']"#, .fallback),
            (#"[url:value MATCHES '^https://a\\.example/|^http://b/']"#, .fallback),
            (#"[url:value MATCHES 'https://a\\.example/']"#, .fallback),
            (#"[url:value MATCHES '^(https)://a\\.example/']"#, .fallback),
            (#"[url:value MATCHES '^https://a\\.exampl\\w/']"#, .fallback),
            (#"[url:value MATCHES '^https://KELVIN\\.example/']"#, .fallback),
            (#"[domain-name:value MATCHES '^https://a\\.example/']"#, .fallback),
        ])
    func classification(pattern: String, outcome: IndexingOutcome) throws {
        var index = IndicatorIndex()
        #expect(index.insert(try IndexFixtures.pattern(pattern), handle: 0, validFrom: nil, validUntil: nil) == outcome, "\(pattern)")
    }

    @Test(
        "a URL finds the patterns its start can satisfy, as candidates that the evaluator confirms",
        arguments: [
            ("https://pay.bank-secure.example/", [0, 1], [0]),
            ("https://pay.bank-secure.example/login?id=42", [0, 1], [0, 1]),
            ("https://pay.bank-secure.example.evil/", [], []),
            ("https://PAY.bank-secure.example/", [], []),
            ("http://pay.bank-secure.example/", [], []),
            ("https://pay.bank-secure.example", [], []),
            ("http://mule.example/confirm?x=1", [2], [2]),
            ("http://mule.example/other", [2], []),
        ])
    func lookups(url: String, candidates: [Int], matching: [Int]) throws {
        let index = try IndexFixtures.index(Self.patterns)
        let hits = IndexFixtures.hits(index, sco: IndexFixtures.sco("url", url))
        #expect(IndexFixtures.handles(hits) == candidates.map(IndicatorHandle.init), "\(url)")
        #expect(hits.allSatisfy { !$0.exact })
        // Agreement: every pattern that matches is among the candidates.
        let observation = Observation(
            id: "observed-data--1", firstObserved: IndexFixtures.time("2026-01-01T00:00:00Z"),
            lastObserved: IndexFixtures.time("2026-01-01T00:00:00Z"), numberObserved: 1, objects: ["0": IndexFixtures.sco("url", url)])
        let matched = try Self.patterns.indices.filter { PatternMatcher(try IndexFixtures.pattern(Self.patterns[$0])).matches(observation) }
        #expect(matched == matching, "\(url)")
        #expect(Set(matched).isSubset(of: Set(candidates)))
        // The log scanner's path (a canonical value of a kind) finds the same candidates.
        #expect(IndexFixtures.handles(IndexFixtures.hits(index, .url, url)) == candidates.map(IndicatorHandle.init))
    }
}
