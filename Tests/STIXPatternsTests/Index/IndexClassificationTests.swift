import STIX
import STIXPatterns
import Testing

@Suite("IndicatorIndex: which patterns are indexable, and when a hit is certain")
struct IndexClassificationTests {
    static let sha256 = "aec070645fe53ee3b3763059376134f058cc337247c978add178b6ccdfb0019f"

    @Test(
        "a pattern is filed as exact, candidate or fallback",
        arguments: [
            ("[ipv4-addr:value = '198.51.100.1']", IndexingOutcome.exact),
            ("[ipv4-addr:value = '198.51.100.0/24']", .candidate),
            ("[ipv4-addr:value = '010.0.0.1']", .exact),
            ("[ipv4-addr:value = '256.1.1.1']", .exact),
            ("[ipv4-addr:value ISSUPERSET '10.0.0.0/8']", .fallback),
            ("[ipv4-addr:value LIKE '10.%']", .fallback),
            ("[ipv6-addr:value = '1::2::3']", .exact),
            ("[ipv6-addr:value = '1:2:3:4:5:6:7:8:9']", .exact),
            ("[ipv6-addr:value ISSUBSET '::/0']", .exact),
            ("[ipv4-addr:value IN ('192.0.2.1', '192.0.2.0/24')]", .candidate),
            ("[ipv4-addr:value ISSUBSET '198.51.100.0/24']", .exact),
            ("[ipv6-addr:value ISSUBSET '2001:db8::/32']", .exact),
            ("[ipv6-addr:value = '2001:db8::1']", .exact),
            ("[ipv6-addr:value = '2001:DB8:0::1']", .exact),
            ("[domain-name:value = 'example.com']", .exact),
            ("[domain-name:value = 'Example.COM']", .candidate),
            ("[domain-name:value LIKE '%.example.com']", .exact),
            ("[domain-name:value LIKE '%example.com']", .exact),
            ("[domain-name:value LIKE 'ex%.com']", .fallback),
            ("[domain-name:value LIKE '%']", .fallback),
            ("[url:value = 'http://example.com/a']", .exact),
            ("[email-addr:value = 'mule@example.com']", .exact),
            ("[file:hashes.'SHA-256' = '\(sha256)']", .exact),
            ("[file:hashes.SHA256 = '\(sha256)']", .candidate),
            ("[file:hashes.'SHA-256' = '\(sha256.uppercased())']", .candidate),
            ("[file:hashes.'SHA-256' = 'not-a-digest']", .exact),
            ("[file:name = 'invoice.exe']", .exact),
            ("[mac-addr:value = 'aa:bb:cc:dd:ee:ff']", .exact),
            ("[domain-name:value IN ('a.example', 'b.example')]", .exact),
            ("[file:size IN (1, 2)]", .exact),
            ("[file:size IN (1, 2.5)]", .fallback),
            ("[network-traffic:dst_port = 4444]", .exact),
            ("[file:x_flag = true]", .fallback),
            ("[domain-name:value = 'a.example' OR url:value = 'http://b.example/']", .exact),
            ("[domain-name:value = 'a.example' OR file:size > 10]", .fallback),
            ("[domain-name:value = 'a.example' AND file:size > 10]", .candidate),
            ("[domain-name:value NOT = 'a.example']", .fallback),
            ("[domain-name:value != 'a.example']", .fallback),
            ("[domain-name:value MATCHES '^a']", .fallback),
            ("[file:size < 10]", .fallback),
            ("[network-traffic:dst_ref.value = '198.51.100.1']", .candidate),
            ("[network-traffic:dst_ref.type = 'ipv4-addr']", .fallback),
            ("[network-traffic:dst_ref.value != '198.51.100.1']", .fallback),
            ("[email-message:to_refs[*].value IN ('a@example.com', 'b@example.com')]", .candidate),
            ("[domain-name:value = 'a.example'] AND [file:size > 10]", .candidate),
            ("[domain-name:value = 'a.example'] OR [url:value = 'http://b.example/']", .candidate),
            ("[domain-name:value = 'a.example'] OR [file:size > 10]", .fallback),
            ("[domain-name:value = 'a.example'] FOLLOWEDBY [file:size > 10]", .candidate),
            ("[domain-name:value = 'a.example'] REPEATS 2 TIMES", .candidate),
            ("[domain-name:value = 'a.example'] WITHIN 60 SECONDS", .candidate),
        ])
    func classification(text: String, expected: IndexingOutcome) throws {
        var index = IndicatorIndex()
        let outcome = index.insert(try IndexFixtures.pattern(text), handle: 0, validFrom: nil, validUntil: nil)
        #expect(outcome == expected, "\(text)")
        #expect(index.outcome(of: 0) == expected)
        #expect(index.fallbackHandles == (expected == .fallback ? [0] : []))
        #expect((index.pattern(for: 0) != nil) == (expected != .exact), "the pattern is kept exactly for non-exact handles")
    }

    @Test("an AND of observations is found through the operand that has keys, and the hit is a candidate")
    func andOfObservations() throws {
        let index = try IndexFixtures.index(["[file:size > 10] AND [domain-name:value = 'a.example']"])
        #expect(IndexFixtures.hits(index, .domain, "a.example") == [IndexHit(handle: 0, exact: false)])
    }

    @Test("an AND is filed under its most selective operand: observable values before other properties")
    func selectiveOperand() throws {
        let index = try IndexFixtures.index([
            "[user-account:account_type = 'github' AND domain-name:value = 'a.example']",
            "[domain-name:value LIKE '%.example' AND file:name = 'a.exe']",
        ])
        #expect(IndexFixtures.hits(index, .domain, "a.example").map(\.handle) == [0])
        #expect(IndexFixtures.hits(index, sco: ["type": "user-account", "account_type": "github"]).isEmpty)
        #expect(IndexFixtures.hits(index, sco: IndexFixtures.file(hashes: [], name: "a.exe")).map(\.handle) == [1])
        #expect(IndexFixtures.hits(index, .domain, "b.example").isEmpty)
    }

    @Test("a comparison through an object reference is found through the referenced object, as a candidate")
    func referencedObjects() throws {
        let index = try IndexFixtures.index([
            "[network-traffic:dst_ref.type = 'ipv4-addr' AND network-traffic:dst_ref.value = '198.51.100.1']",
            "[email-message:body_multipart[*].body_raw_ref.name = 'invoice.exe']",
        ])
        #expect(IndexFixtures.hits(index, sco: IndexFixtures.sco("ipv4-addr", "198.51.100.1")) == [IndexHit(handle: 0, exact: false)])
        #expect(IndexFixtures.hits(index, .ipv4, "198.51.100.1") == [IndexHit(handle: 0, exact: false)])
        #expect(IndexFixtures.hits(index, sco: IndexFixtures.sco("ipv4-addr", "198.51.100.2")).isEmpty)
        #expect(IndexFixtures.hits(index, sco: IndexFixtures.file(hashes: [], name: "invoice.exe")) == [IndexHit(handle: 1, exact: false)])
        #expect(IndexFixtures.hits(index, sco: ["type": "artifact", "name": "invoice.exe"]).map(\.handle) == [1])
    }

    @Test("an OR of observations is found through every branch")
    func orOfObservations() throws {
        let index = try IndexFixtures.index(["[domain-name:value = 'a.example'] OR [ipv4-addr:value = '192.0.2.1']"])
        #expect(IndexFixtures.hits(index, .domain, "a.example") == [IndexHit(handle: 0, exact: false)])
        #expect(IndexFixtures.hits(index, .ipv4, "192.0.2.1") == [IndexHit(handle: 0, exact: false)])
        #expect(IndexFixtures.hits(index, .ipv4, "192.0.2.2").isEmpty)
    }

    @Test("an AND inside one observation is filed under one operand's keys only")
    func andInsideObservation() throws {
        let index = try IndexFixtures.index(["[domain-name:value = 'a.example' AND domain-name:value = 'b.example']"])
        let found = IndexFixtures.hits(index, .domain, "a.example") + IndexFixtures.hits(index, .domain, "b.example")
        #expect(found == [IndexHit(handle: 0, exact: false)])
    }

    @Test("a handle with several matching keys is reported once per lookup")
    func deduplicated() throws {
        let index = try IndexFixtures.index(["[domain-name:value = 'a.example.com' OR domain-name:value LIKE '%.example.com']"])
        #expect(IndexFixtures.hits(index, .domain, "a.example.com") == [IndexHit(handle: 0, exact: true)])
    }
}
