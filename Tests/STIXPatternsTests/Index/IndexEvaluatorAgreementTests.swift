import STIX
import STIXPatterns
import Testing

/// Regressions where the index missed matches that `PatternMatcher` finds, or gave hits the caller could not verify.
@Suite("IndicatorIndex: agrees with the evaluator on address spellings, suffixes and references")
struct IndexEvaluatorAgreementTests {
    /// The hits of `sco` among `patterns`, checked against `PatternMatcher`: every match is a hit, every exact hit a
    /// match.
    static func checkedHits(_ patterns: [String], _ sco: JSONObject) throws -> [IndexHit] {
        let index = try IndexFixtures.index(patterns)
        let hits = IndexFixtures.hits(index, sco: sco)
        let observation = Fixture.observation("x", sco)
        for (position, text) in patterns.enumerated() {
            let matches = PatternMatcher(try Pattern.parse(text)).matches(observation)
            let hit = hits.first { $0.handle == IndicatorHandle(position) }
            if matches { #expect(hit != nil, "\(text) matches \(sco) but has no hit") }
            if hit?.exact == true { #expect(matches, "\(text) has an exact hit on \(sco) but does not match") }
            if let hit, hit.exact == false { #expect(index.pattern(for: hit.handle) != nil, "a candidate's pattern is kept") }
        }
        return hits
    }

    @Test("an observed network is looked up in the trie: a /25 lies in an ISSUBSET /24")
    func observedNetworkInTrie() throws {
        let patterns = ["[ipv4-addr:value ISSUBSET '198.51.100.0/24']", "[ipv6-addr:value ISSUBSET '2001:db8::/32']"]
        #expect(try Self.checkedHits(patterns, IndexFixtures.sco("ipv4-addr", "198.51.100.0/25")) == [IndexHit(handle: 0, exact: true)])
        #expect(try Self.checkedHits(patterns, IndexFixtures.sco("ipv4-addr", "198.51.100.0/23")).isEmpty)
        #expect(try Self.checkedHits(patterns, IndexFixtures.sco("ipv6-addr", "2001:DB8:1::/48")) == [IndexHit(handle: 1, exact: true)])
    }

    @Test(
        "an address equals its /32 (/128) and uncompressed or uppercase spellings, as exact hits",
        arguments: [
            ("ipv4-addr", "198.51.100.7/32"), ("ipv4-addr", "198.51.100.7"), ("ipv6-addr", "2001:DB8:0:0::1"),
            ("ipv6-addr", "2001:0db8:0000:0000:0000:0000:0000:0001/128"),
        ])
    func addressSpellings(type: String, value: String) throws {
        let patterns = ["[ipv4-addr:value = '198.51.100.7']", "[ipv6-addr:value = '2001:db8::1']"]
        let handle: IndicatorHandle = type == "ipv4-addr" ? 0 : 1
        #expect(try Self.checkedHits(patterns, IndexFixtures.sco(type, value)) == [IndexHit(handle: handle, exact: true)])
    }

    @Test("a dotted quad with a leading zero is not an address: it equals only the same string")
    func leadingZeros() throws {
        let patterns = [
            "[ipv4-addr:value = '198.51.100.7']", "[ipv4-addr:value = '198.051.100.007']", "[ipv4-addr:value ISSUBSET '198.51.100.0/24']",
        ]
        #expect(try Self.checkedHits(patterns, IndexFixtures.sco("ipv4-addr", "198.051.100.007")) == [IndexHit(handle: 1, exact: true)])
        #expect(try Self.checkedHits(patterns, IndexFixtures.sco("ipv4-addr", "198.51.100.7")).map(\.handle) == [0, 2])
        // As a network constant, such a quad is invalid: the pattern does not parse.
        #expect(throws: PatternSyntaxError.self) { try IndexFixtures.index(["[ipv4-addr:value ISSUBSET '198.051.100.0/24']"]) }
    }

    @Test("a domain that ends with a suffix is found even when it has no canonical form or its punycode form differs")
    func rawSuffixes() throws {
        let patterns = [
            "[domain-name:value LIKE '%.example.com']", "[domain-name:value LIKE '%ample.com']", "[domain-name:value LIKE '%.Example.com']",
        ]
        #expect(
            try Self.checkedHits(patterns, IndexFixtures.sco("domain-name", "bad domain.example.com"))
                == [IndexHit(handle: 0, exact: true), IndexHit(handle: 1, exact: true), IndexHit(handle: 2, exact: false)])
        #expect(try Self.checkedHits(patterns, IndexFixtures.sco("domain-name", "éxample.com")) == [IndexHit(handle: 1, exact: true)])
        #expect(try Self.checkedHits(patterns, IndexFixtures.sco("domain-name", "bad domain.Example.com")).map(\.handle) == [1, 2])
        // `A.EXAMPLE.com` does not end with `.example.com`: no hit for the exact suffix, a candidate for the other.
        #expect(try Self.checkedHits(patterns, IndexFixtures.sco("domain-name", "A.EXAMPLE.com")) == [IndexHit(handle: 2, exact: false)])
    }

    @Test("suffixes with a trailing dot, non-ASCII or a K, and IP constants on other paths, have no key")
    func unkeyedComparisons() throws {
        let index = try IndexFixtures.index([
            "[domain-name:value LIKE '%.example.com.']", "[domain-name:value LIKE '%.éxample.com']", "[domain-name:value LIKE '%.KIT.com']",
            "[domain-name:value = '198.51.100.7']", "[ipv6-addr:value = '198.51.100.7']",
        ])
        for handle in 0..<5 { #expect(index.outcome(of: IndicatorHandle(handle)) == .fallback) }
    }

    @Test("a referenced address is keyed as its network, so any spelling of it is a candidate")
    func referencedAddress() throws {
        let pattern = "[network-traffic:dst_ref.value = '198.51.100.7']"
        let index = try IndexFixtures.index([pattern])
        for value in ["198.51.100.7", "198.51.100.7/32"] {
            #expect(IndexFixtures.hits(index, sco: IndexFixtures.sco("ipv4-addr", value)) == [IndexHit(handle: 0, exact: false)])
        }
        #expect(IndexFixtures.hits(index, sco: IndexFixtures.sco("ipv4-addr", "198.051.100.007")).isEmpty)
        let observation = Fixture.observation(
            "x", objects: ["0": ["type": "network-traffic", "dst_ref": "1"], "1": IndexFixtures.sco("ipv4-addr", "198.51.100.7/32")])
        #expect(PatternMatcher(try Pattern.parse(pattern)).matches(observation))
    }
}
