import STIXPatterns
import Testing

@Suite("IndicatorIndex: domain suffixes")
struct IndexDomainSuffixTests {
    static let patterns = [
        "[domain-name:value LIKE '%.example.com']",
        "[domain-name:value LIKE '%example.com']",
        "[domain-name:value = 'example.com']",
        "[domain-name:value LIKE '%.EXAMPLE.com']",
        "[domain-name:value LIKE '%.com']",
    ]

    @Test(
        "a suffix after a dot matches subdomains only; a suffix without one matches any ending",
        arguments: [
            ("example.com", [1, 2, 4]),
            ("a.example.com", [0, 1, 3, 4]),
            ("x.y.example.com", [0, 1, 3, 4]),
            ("badexample.com", [1, 4]),
            ("example.org", []),
            ("com", []),
            ("example.com.evil.net", []),
        ])
    func suffixes(domain: String, expected: [Int]) throws {
        let index = try IndexFixtures.index(Self.patterns)
        #expect(IndexFixtures.handles(IndexFixtures.hits(index, .domain, domain)) == expected.map(IndicatorHandle.init), "\(domain)")
    }

    @Test("a suffix written in non-canonical case is a candidate")
    func nonCanonicalSuffix() throws {
        let index = try IndexFixtures.index(Self.patterns)
        let hit = IndexFixtures.hits(index, .domain, "a.example.com").first { $0.handle == 3 }
        #expect(hit == IndexHit(handle: 3, exact: false))
    }

    @Test("suffix keys leave the index when their indicators do")
    func removal() throws {
        var index = try IndexFixtures.index(Self.patterns)
        index.remove(1)
        index.remove(4)
        #expect(IndexFixtures.handles(IndexFixtures.hits(index, .domain, "badexample.com")).isEmpty)
        #expect(IndexFixtures.handles(IndexFixtures.hits(index, .domain, "a.example.com")) == [0, 3])
    }
}
