import STIX
import STIXPatterns
import Testing

@Suite("IndicatorIndex: equality tables")
struct IndexEqualityTests {
    static let sha256 = "aec070645fe53ee3b3763059376134f058cc337247c978add178b6ccdfb0019f"
    static let md5 = "d41d8cd98f00b204e9800998ecf8427e"

    @Test("domains, URLs and e-mail addresses are keyed in canonical form")
    func canonicalValues() throws {
        let index = try IndexFixtures.index([
            "[domain-name:value = 'Evil.Example.']",
            "[url:value = 'HTTP://Evil.Example/Path']",
            "[email-addr:value = 'mule@Bank.Example']",
        ])
        #expect(IndexFixtures.hits(index, .domain, "evil.example") == [IndexHit(handle: 0, exact: false)])
        #expect(IndexFixtures.hits(index, .url, ObservableNormalizer.canonical("http://evil.example/Path", as: .url)!).map(\.handle) == [1])
        #expect(IndexFixtures.hits(index, .email, "mule@bank.example").map(\.handle) == [2])
        #expect(IndexFixtures.hits(index, .domain, "example").isEmpty)
        #expect(IndexFixtures.hits(index, .url, "http://evil.example/path").isEmpty)
    }

    @Test("an SCO's value is canonicalised; a non-canonical value is a candidate, and no hit for an exact indicator")
    func scoCanonicalisation() throws {
        let index = try IndexFixtures.index(["[domain-name:value = 'evil.example']", "[domain-name:value = 'EVIL.example']"])
        #expect(
            IndexFixtures.hits(index, sco: IndexFixtures.sco("domain-name", "evil.example")) == [
                IndexHit(handle: 0, exact: true), IndexHit(handle: 1, exact: false),
            ])
        // `=` compares strings, so `EVIL.example` cannot match handle 0, whose pattern the index does not keep.
        #expect(IndexFixtures.hits(index, sco: IndexFixtures.sco("domain-name", "EVIL.example")) == [IndexHit(handle: 1, exact: false)])
        #expect(IndexFixtures.hits(index, sco: IndexFixtures.sco("url", "evil.example")).isEmpty, "the object type is part of the key")
    }

    @Test(
        "file hashes are found under every spelling of the algorithm and either case of the digest",
        arguments: ["SHA-256", "SHA256", "sha256", "sha-256"])
    func hashSpellings(algorithm: String) throws {
        let index = try IndexFixtures.index(["[file:hashes.'\(algorithm)' = '\(Self.sha256.uppercased())']"])
        #expect(IndexFixtures.hits(index, .sha256, Self.sha256).map(\.handle) == [0])
        let file = IndexFixtures.file(hashes: [("SHA-256", Self.sha256)])
        #expect(IndexFixtures.hits(index, sco: file).map(\.handle) == [0])
        #expect(IndexFixtures.hits(index, .md5, Self.md5).isEmpty)
    }

    @Test("a hash hit is exact only when pattern and SCO both use the vocabulary spelling and lowercase hex")
    func hashExactness() throws {
        let index = try IndexFixtures.index(["[file:hashes.'SHA-256' = '\(Self.sha256)']", "[file:hashes.MD5 = '\(Self.md5)']"])
        #expect(IndexFixtures.hits(index, sco: IndexFixtures.file(hashes: [("SHA-256", Self.sha256)])) == [IndexHit(handle: 0, exact: true)])
        // An exact indicator's path names `SHA-256` and compares lowercase hex: other spellings cannot match it.
        #expect(IndexFixtures.hits(index, sco: IndexFixtures.file(hashes: [("SHA256", Self.sha256)])).isEmpty)
        let both = IndexFixtures.file(hashes: [("MD5", Self.md5.uppercased()), ("SHA-256", Self.sha256)])
        #expect(IndexFixtures.hits(index, sco: both) == [IndexHit(handle: 0, exact: true)])
        #expect(IndexFixtures.hits(index, .sha256, Self.sha256) == [IndexHit(handle: 0, exact: true)])
    }

    @Test("any other string property is an equality key, including IN lists")
    func otherProperties() throws {
        let index = try IndexFixtures.index([
            "[file:name = 'invoice.exe']",
            "[mac-addr:value IN ('aa:bb:cc:dd:ee:ff', '00:11:22:33:44:55')]",
            "[x-bank-account:extensions.'x-acct'.numbers[*] = '123']",
        ])
        #expect(IndexFixtures.hits(index, sco: IndexFixtures.file(hashes: [], name: "invoice.exe")) == [IndexHit(handle: 0, exact: true)])
        #expect(IndexFixtures.hits(index, sco: IndexFixtures.file(hashes: [], name: "Invoice.exe")).isEmpty)
        #expect(IndexFixtures.hits(index, sco: IndexFixtures.sco("mac-addr", "00:11:22:33:44:55")).map(\.handle) == [1])
        #expect(IndexFixtures.hits(index, sco: IndexFixtures.sco("mac-addr", "00:11:22:33:44:56")).isEmpty)
        let account: JSONObject = [
            "type": "x-bank-account", "extensions": ["x-acct": ["numbers": ["9", "123"]]],
        ]
        #expect(IndexFixtures.hits(index, sco: account).map(\.handle) == [2])
    }

    @Test("many indicators may share one key, and each lookup finds all of them")
    func sharedKeys() throws {
        let index = try IndexFixtures.index(Array(repeating: "[domain-name:value = 'shared.example']", count: 5))
        #expect(IndexFixtures.hits(index, .domain, "shared.example").map(\.handle) == [0, 1, 2, 3, 4])
    }

    @Test("values that are not valid observables are compared as the strings they are")
    func invalidValues() throws {
        let index = try IndexFixtures.index([
            "[domain-name:value = 'domain autuo.xicp.net' OR ipv4-addr:value = '60.10.1.115']",
            "[ipv4-addr:value = '256.1.1.1']",
            "[file:hashes.'SHA-256' = 'not-a-digest']",
        ])
        #expect(index.outcome(of: 0) == .exact)
        #expect(IndexFixtures.hits(index, sco: IndexFixtures.sco("domain-name", "domain autuo.xicp.net")).map(\.handle) == [0])
        #expect(IndexFixtures.hits(index, .ipv4, "60.10.1.115").map(\.handle) == [0])
        #expect(IndexFixtures.hits(index, sco: IndexFixtures.sco("ipv4-addr", "256.1.1.1")) == [IndexHit(handle: 1, exact: true)])
        #expect(IndexFixtures.hits(index, sco: IndexFixtures.file(hashes: [("SHA-256", "not-a-digest")])).map(\.handle) == [2])
        #expect(IndexFixtures.hits(index, sco: IndexFixtures.sco("domain-name", "autuo.xicp.net")).isEmpty)
    }

    @Test("integer properties are equality keys, and JSON numbers with an integral value find them")
    func integers() throws {
        let index = try IndexFixtures.index(["[autonomous-system:number = 666]", "[network-traffic:dst_port IN (4444, 8443)]"])
        #expect(IndexFixtures.hits(index, sco: ["type": "autonomous-system", "number": 666]) == [IndexHit(handle: 0, exact: true)])
        #expect(IndexFixtures.hits(index, sco: ["type": "autonomous-system", "number": 666.0]).map(\.handle) == [0])
        #expect(IndexFixtures.hits(index, sco: ["type": "autonomous-system", "number": "666"]).isEmpty)
        #expect(IndexFixtures.hits(index, sco: ["type": "network-traffic", "dst_port": 8443]).map(\.handle) == [1])
        #expect(IndexFixtures.hits(index, sco: ["type": "network-traffic", "dst_port": 443]).isEmpty)
    }
}
