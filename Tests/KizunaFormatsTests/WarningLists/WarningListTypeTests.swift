import KizunaFormats
import STIXPatterns
import Testing

@Suite("Warning list types")
struct WarningListTypeTests {
    /// A set of one list.
    func set(type: String, entries: [String], attributes: [String]? = nil) throws -> WarningListSet {
        let json = try WarningListFixtures.listJSON(name: "test \(type)", type: type, entries: entries, matchingAttributes: attributes)
        let directory = try WarningListFixtures.directory(with: ["test": json])
        return try WarningListSet(directory: directory.path)
    }

    /// The entries of the test list `value` hits (the built-in list left out).
    func entries(_ set: WarningListSet, _ kind: ObservableKind, _ value: String) -> [String] {
        set.hits(kind, value).filter { $0.list.hasPrefix("test ") }.map(\.entry)
    }

    @Test("cidr lists hit addresses inside their networks, the most specific network per list")
    func cidr() throws {
        let set = try self.set(
            type: "cidr", entries: ["198.51.0.0/16", "198.51.7.0/24", "93.184.216.34", "2606:4700::/32", "1.2.3.4/8"],
            attributes: ["ip-src", "ip-dst"])
        #expect(self.entries(set, .ipv4, "198.51.200.1") == ["198.51.0.0/16"])
        #expect(self.entries(set, .ipv4, "198.51.7.9") == ["198.51.7.0/24"])
        #expect(self.entries(set, .ipv4, "93.184.216.34") == ["93.184.216.34"])
        #expect(self.entries(set, .ipv4, "93.184.216.35").isEmpty)
        #expect(self.entries(set, .ipv4, "1.200.0.1") == ["1.2.3.4/8"])  // host bits are cleared, as MISP does
        #expect(self.entries(set, .ipv6, "2606:4700:10::6816:1") == ["2606:4700::/32"])
        #expect(self.entries(set, .ipv6, "2606:4701::1").isEmpty)
        #expect(self.entries(set, .domain, "198.51.7.9.example.com").isEmpty)
        #expect(self.entries(set, .url, "http://198.51.7.9/").isEmpty)  // the list does not apply to URLs
        #expect(set.problems.isEmpty)
    }

    @Test("hostname lists hit the name and its subdomains, URLs by host and e-mail addresses by domain")
    func hostname() throws {
        let set = try self.set(
            type: "hostname", entries: [".Example.COM", "bit.ly.", "mail.corp.test"], attributes: ["domain", "hostname", "url", "email-src"])
        #expect(self.entries(set, .domain, "example.com") == [".Example.COM"])
        #expect(self.entries(set, .domain, "a.b.example.com") == [".Example.COM"])
        #expect(self.entries(set, .domain, "badexample.com").isEmpty)
        #expect(self.entries(set, .domain, "example.com.evil.net").isEmpty)
        #expect(self.entries(set, .url, "https://bit.ly/3xYz") == ["bit.ly."])
        #expect(self.entries(set, .url, "https://user@www.bit.ly:8443/a") == ["bit.ly."])
        #expect(self.entries(set, .url, "https://evil.net/bit.ly").isEmpty)
        #expect(self.entries(set, .email, "ceo@mail.corp.test") == ["mail.corp.test"])
        #expect(self.entries(set, .domain, "corp.test").isEmpty)
        #expect(self.entries(set, .ipv4, "10.0.0.1").isEmpty)
    }

    @Test("string lists hit exact values, case-insensitively for kinds whose canonical form is lowercase")
    func string() throws {
        let set = try self.set(
            type: "string",
            entries: ["COM", "D41D8CD98F00B204E9800998ECF8427E", "https://Example.com/Path", "www.example.org", "9.9.9.9"],
            attributes: ["domain", "md5", "url", "ip-dst"])
        #expect(self.entries(set, .domain, "com") == ["COM"])
        #expect(self.entries(set, .domain, "example.com").isEmpty)
        #expect(self.entries(set, .md5, "d41d8cd98f00b204e9800998ecf8427e") == ["D41D8CD98F00B204E9800998ECF8427E"])
        #expect(self.entries(set, .url, "https://example.com/Path") == ["https://Example.com/Path"])
        #expect(self.entries(set, .url, "https://example.com/path").isEmpty)
        #expect(self.entries(set, .domain, "www.example.org") == ["www.example.org"])
        #expect(self.entries(set, .domain, "a.www.example.org").isEmpty)
        #expect(self.entries(set, .ipv4, "9.9.9.9") == ["9.9.9.9"])
        #expect(self.entries(set, .sha1, "da39a3ee5e6b4b0d3255bfef95601890afd80709").isEmpty)
    }

    @Test("substring lists hit values containing an entry, ignoring ASCII case")
    func substring() throws {
        let set = try self.set(
            type: "substring", entries: ["mailinator.com", "Sandbox", "he", "hers", "his", "she"],
            attributes: ["email-src", "domain"])
        #expect(self.entries(set, .email, "x@mailinator.com") == ["mailinator.com"])
        #expect(self.entries(set, .domain, "app.sandbox.example") == ["Sandbox"])
        // Aho–Corasick outputs through failure links: "ushers" holds she, he and hers; one hit per list, the first found.
        #expect(self.entries(set, .domain, "ushers.test") == ["she"])
        #expect(self.entries(set, .domain, "nothing.test").isEmpty)
        #expect(self.entries(set, .url, "http://mailinator.com/").isEmpty)  // URLs are not in matching_attributes
    }

    @Test("regex lists hit values an expression matches; PHP delimiters and flags are understood")
    func regex() throws {
        let set = try self.set(
            type: "regex", entries: ["/^(security|noc|soc|abuse)\\@.*\\..*$/i", "#^admin-[0-9]+@#", "/[unclosed/", "/x/Q"],
            attributes: ["email-src", "email-dst"])
        #expect(self.entries(set, .email, "abuse@example.com") == ["/^(security|noc|soc|abuse)\\@.*\\..*$/i"])
        #expect(self.entries(set, .email, "NOC@example.com") == ["/^(security|noc|soc|abuse)\\@.*\\..*$/i"])
        #expect(self.entries(set, .email, "admin-42@example.com") == ["#^admin-[0-9]+@#"])
        #expect(self.entries(set, .email, "ceo@example.com").isEmpty)
        #expect(self.entries(set, .domain, "abuse.example.com").isEmpty)
        let problems = set.problems.map(\.entry)
        #expect(problems == ["/[unclosed/", "/x/Q"])
        #expect(set.problems.allSatisfy { $0.list == "test regex" && $0.file.hasSuffix("test/list.json") })
        #expect(set.problems.last?.reason == "unsupported regex modifier 'Q'")
    }

    @Test("a list without matching_attributes applies by its type")
    func noMatchingAttributes() throws {
        let cidr = try self.set(type: "cidr", entries: ["5.5.0.0/16"])
        #expect(self.entries(cidr, .ipv4, "5.5.5.5") == ["5.5.0.0/16"])
        let hostname = try self.set(type: "hostname", entries: ["example.com"])
        #expect(self.entries(hostname, .domain, "www.example.com") == ["example.com"])
        #expect(self.entries(hostname, .url, "http://www.example.com/") == ["example.com"])
        #expect(self.entries(hostname, .email, "a@example.com").isEmpty)
        let string = try self.set(type: "string", entries: ["a@example.com"])
        #expect(self.entries(string, .email, "a@example.com") == ["a@example.com"])
    }

    @Test("a bad network is reported and skipped, the rest of the list still works")
    func badNetwork() throws {
        let set = try self.set(type: "cidr", entries: ["10.0.0.300/8", "5.5.0.0/16", "1.2.3.0/33", "not an address"])
        #expect(set.problems.map(\.entry) == ["10.0.0.300/8", "1.2.3.0/33", "not an address"])
        #expect(self.entries(set, .ipv4, "5.5.1.1") == ["5.5.0.0/16"])
    }
}
