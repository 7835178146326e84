import KizunaFormats
import Testing

@Suite("Exact feed entries of a pattern")
struct FeedEntriesTests {
    @Test("OR between observations and inside brackets gives every operand, deduplicated in first-seen order")
    func orBranches() throws {
        let entries = try ExportFixtures.entries(
            "[ipv4-addr:value = '198.51.100.7' OR domain-name:value = 'evil.example'] OR [url:value = 'http://evil.example/a']"
                + " OR [ipv4-addr:value = '198.51.100.7']")
        #expect(
            entries == [
                FeedEntry(kind: .ipv4, value: "198.51.100.7"), FeedEntry(kind: .domain, value: "evil.example"),
                FeedEntry(kind: .url, value: "http://evil.example/a"),
            ])
    }

    @Test(
        "AND, FOLLOWEDBY and qualified branches contribute nothing",
        arguments: [
            "[ipv4-addr:value = '198.51.100.7' AND ipv4-addr:value = '198.51.100.8']",
            "[ipv4-addr:value = '198.51.100.7'] AND [domain-name:value = 'evil.example']",
            "[ipv4-addr:value = '198.51.100.7'] FOLLOWEDBY [domain-name:value = 'evil.example']",
            "[ipv4-addr:value = '198.51.100.7'] WITHIN 60 SECONDS",
            "[ipv4-addr:value = '198.51.100.7'] REPEATS 3 TIMES",
            "[ipv4-addr:value = '198.51.100.7'] START t'2026-01-01T00:00:00Z' STOP t'2026-02-01T00:00:00Z'",
            "([ipv4-addr:value = '198.51.100.7'] OR [domain-name:value = 'evil.example']) WITHIN 5 SECONDS",
        ])
    func nonExactBranches(pattern: String) throws {
        #expect(try ExportFixtures.entries(pattern) == [])
    }

    @Test("an OR keeps its exact operands and drops an AND operand")
    func mixedTree() throws {
        let entries = try ExportFixtures.entries(
            "[domain-name:value = 'a.example'] OR ([domain-name:value = 'b.example'] AND [domain-name:value = 'c.example'])"
                + " OR [domain-name:value = 'd.example' OR (domain-name:value = 'e.example' AND url:value = 'http://x.example/')]")
        #expect(entries.map(\.value) == ["a.example", "d.example"])
    }

    @Test(
        "negated comparisons and other operators are not exact",
        arguments: [
            "[ipv4-addr:value != '198.51.100.7']", "[ipv4-addr:value NOT = '198.51.100.7']",
            "[domain-name:value LIKE '%.evil.example']", "[domain-name:value MATCHES '^evil']",
            "[ipv4-addr:value ISSUPERSET '198.51.100.0/24']", "[ipv4-addr:value NOT IN ('198.51.100.7')]",
            "[domain-name:value ISSUBSET '198.51.100.0/24']", "[file:name = 'evil.exe']", "[file:hashes.'SHA3-256' = 'aa']",
            "[domain-name:resolves_to_refs[*].value = '198.51.100.7']", "[ipv4-addr:value = 7]",
        ])
    func notExact(pattern: String) throws {
        #expect(try ExportFixtures.entries(pattern) == [])
    }

    @Test("IN lists each item; ISSUBSET gives a network; host bits are cleared; /32 and /128 are single addresses")
    func listsAndNetworks() throws {
        #expect(
            try ExportFixtures.entries("[ipv4-addr:value IN ('198.51.100.7', '10.1.2.3/8', '192.0.2.9/32', 'not an address')]")
                == [
                    FeedEntry(kind: .ipv4, value: "198.51.100.7"), FeedEntry(kind: .ipv4Network, value: "10.0.0.0/8"),
                    FeedEntry(kind: .ipv4, value: "192.0.2.9"),
                ])
        #expect(
            try ExportFixtures.entries("[ipv4-addr:value ISSUBSET '203.0.113.77/24']") == [FeedEntry(kind: .ipv4Network, value: "203.0.113.0/24")])
        #expect(
            try ExportFixtures.entries("[ipv6-addr:value ISSUBSET '2001:DB8:ABCD:12::1/48' OR ipv6-addr:value = '2001:db8::1/128']")
                == [FeedEntry(kind: .ipv6Network, value: "2001:db8:abcd::/48"), FeedEntry(kind: .ipv6, value: "2001:db8::1")])
        #expect(
            try ExportFixtures.entries("[ipv6-addr:value = '2001:db8:0:0:1:0:0:1/127']") == [
                FeedEntry(kind: .ipv6Network, value: "2001:db8:0:0:1::/127")
            ])
    }

    @Test(
        "bad prefix lengths and addresses of the wrong family are dropped",
        arguments: [
            "[ipv4-addr:value = '10.0.0.0/33']", "[ipv4-addr:value = '10.0.0.0/']", "[ipv4-addr:value = '10.0.0.0/+8']",
            "[ipv4-addr:value = '2001:db8::1']", "[ipv6-addr:value = '198.51.100.7']", "[ipv6-addr:value = '2001:db8::/129']",
            "[ipv4-addr:value = '256.1.1.1']",
        ])
    func badAddresses(pattern: String) throws {
        #expect(try ExportFixtures.entries(pattern) == [])
    }

    @Test("every hash spelling is read; digests are lowercased; wrong lengths are dropped")
    func hashSpellings() throws {
        let md5 = "D41D8CD98F00B204E9800998ECF8427E"
        let sha1 = "da39a3ee5e6b4b0d3255bfef95601890afd80709"
        let sha256 = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"
        let sha512 = String(repeating: "cf", count: 64)
        let entries = try ExportFixtures.entries(
            "[file:hashes.MD5 = '\(md5)' OR file:hashes.'SHA-1' = '\(sha1)' OR file:hashes.SHA1 = '\(sha1)'"
                + " OR file:hashes.'SHA-256' = '\(sha256)' OR file:hashes.SHA256 = '\(sha256)' OR file:hashes.'SHA-512' = '\(sha512)'"
                + " OR file:hashes.MD5 = 'abc' OR file:hashes.'SHA-256' = '\(sha1)']")
        #expect(
            entries == [
                FeedEntry(kind: .md5, value: md5.lowercased()), FeedEntry(kind: .sha1, value: sha1),
                FeedEntry(kind: .sha256, value: sha256), FeedEntry(kind: .sha512, value: sha512),
            ])
    }

    @Test("values are canonicalised before deduplication")
    func normalisation() throws {
        let entries = try ExportFixtures.entries(
            "[domain-name:value IN ('EVIL.Example.', 'evil.example', 'bücher.example', '-bad-.example')"
                + " OR ipv4-addr:value = '010.001.002.003' OR url:value = 'HTTP://Evil.Example:80/a/../b?q=%7e'"
                + " OR email-addr:value = 'Boss@Evil.Example' OR ipv6-addr:value = '2001:0DB8:0000:0000:0000:0000:0000:0001']")
        #expect(
            entries == [
                FeedEntry(kind: .domain, value: "evil.example"), FeedEntry(kind: .domain, value: "xn--bcher-kva.example"),
                FeedEntry(kind: .ipv4, value: "10.1.2.3"), FeedEntry(kind: .url, value: "http://evil.example/b?q=~"),
                FeedEntry(kind: .email, value: "boss@evil.example"), FeedEntry(kind: .ipv6, value: "2001:db8::1"),
            ])
    }
}
