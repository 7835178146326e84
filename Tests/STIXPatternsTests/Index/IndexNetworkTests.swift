import STIXPatterns
import Testing

@Suite("IndicatorIndex: IPv4 and IPv6 prefix trie")
struct IndexNetworkTests {
    @Test("nested IPv4 networks are all found for an address inside the innermost one")
    func nestedIPv4() throws {
        let index = try IndexFixtures.index([
            "[ipv4-addr:value ISSUBSET '10.0.0.0/8']",
            "[ipv4-addr:value ISSUBSET '10.1.0.0/16']",
            "[ipv4-addr:value = '10.1.2.3']",
            "[ipv4-addr:value ISSUBSET '10.1.2.0/24']",
            "[ipv4-addr:value ISSUBSET '0.0.0.0/0']",
            "[ipv4-addr:value = '10.1.2.4']",
            "[ipv4-addr:value ISSUBSET '11.0.0.0/8']",
        ])
        #expect(IndexFixtures.handles(IndexFixtures.hits(index, .ipv4, "10.1.2.3")) == [0, 1, 2, 3, 4])
        #expect(IndexFixtures.handles(IndexFixtures.hits(index, .ipv4, "10.1.3.3")) == [0, 1, 4])
        #expect(IndexFixtures.handles(IndexFixtures.hits(index, .ipv4, "10.200.0.1")) == [0, 4])
        #expect(IndexFixtures.handles(IndexFixtures.hits(index, .ipv4, "11.255.255.255")) == [4, 6])
        #expect(IndexFixtures.handles(IndexFixtures.hits(index, .ipv4, "12.0.0.0")) == [4])
        #expect(IndexFixtures.hits(index, .ipv4, "10.1.2.3").allSatisfy { $0.exact })
    }

    @Test("an observed network finds the networks that contain it, as exact hits for ISSUBSET")
    func observedNetwork() throws {
        let index = try IndexFixtures.index([
            "[ipv4-addr:value ISSUBSET '10.0.0.0/8']", "[ipv4-addr:value = '10.1.2.3']", "[ipv4-addr:value ISSUBSET '10.1.2.0/24']",
        ])
        #expect(IndexFixtures.hits(index, .ipv4, "10.1.0.0/16") == [IndexHit(handle: 0, exact: true)])
        #expect(IndexFixtures.hits(index, sco: IndexFixtures.sco("ipv4-addr", "10.1.2.0/24")).map(\.handle) == [0, 2])
    }

    @Test("equality with a CIDR network is a candidate found for addresses inside it")
    func equalityWithNetwork() throws {
        let index = try IndexFixtures.index(["[ipv4-addr:value = '192.0.2.0/24']"])
        #expect(IndexFixtures.hits(index, .ipv4, "192.0.2.77") == [IndexHit(handle: 0, exact: false)])
        #expect(IndexFixtures.hits(index, .ipv4, "192.0.3.1").isEmpty)
    }

    @Test("nested IPv6 networks and compressed or expanded spellings")
    func nestedIPv6() throws {
        let index = try IndexFixtures.index([
            "[ipv6-addr:value ISSUBSET '2001:db8::/32']",
            "[ipv6-addr:value ISSUBSET '2001:db8:1::/48']",
            "[ipv6-addr:value = '2001:db8:1::1']",
            "[ipv6-addr:value = '2001:0db8:0001:0000:0000:0000:0000:0002']",
            "[ipv6-addr:value ISSUBSET '::ffff:0:0/96']",
        ])
        #expect(IndexFixtures.handles(IndexFixtures.hits(index, .ipv6, "2001:db8:1::1")) == [0, 1, 2])
        #expect(IndexFixtures.hits(index, .ipv6, "2001:db8:1::2") == [0, 1, 3].map { IndexHit(handle: $0, exact: true) })
        #expect(IndexFixtures.handles(IndexFixtures.hits(index, .ipv6, "2001:db8:2::1")) == [0])
        #expect(IndexFixtures.handles(IndexFixtures.hits(index, .ipv6, "::ffff:192.0.2.1")) == [4])
        #expect(IndexFixtures.hits(index, .ipv6, "2001:db9::1").isEmpty)
        #expect(IndexFixtures.handles(IndexFixtures.hits(index, sco: IndexFixtures.sco("ipv6-addr", "2001:DB8:1::1"))) == [0, 1, 2])
    }

    @Test("IPv4 and IPv6 keys never meet", arguments: [("192.0.2.1", ObservableKind.ipv6), ("::1", .ipv4)])
    func familiesAreSeparate(value: String, kind: ObservableKind) throws {
        let index = try IndexFixtures.index(["[ipv4-addr:value ISSUBSET '0.0.0.0/0']", "[ipv6-addr:value ISSUBSET '::/0']"])
        #expect(IndexFixtures.hits(index, kind, value).isEmpty)
    }

    @Test("removing networks keeps the others reachable", arguments: 0..<6)
    func removal(removed: Int) throws {
        let networks = ["10.0.0.0/8", "10.128.0.0/9", "10.1.0.0/16", "10.1.2.3/32", "10.1.2.0/24", "10.0.0.0/7"]
        var index = try IndexFixtures.index(networks.map { "[ipv4-addr:value ISSUBSET '\($0)']" })
        index.remove(IndicatorHandle(removed))
        let expected = [0, 2, 3, 4, 5].filter { $0 != removed }.map(IndicatorHandle.init)
        #expect(IndexFixtures.handles(IndexFixtures.hits(index, .ipv4, "10.1.2.3")) == expected)
        index.insert(try IndexFixtures.pattern("[ipv4-addr:value ISSUBSET '\(networks[removed])']"), handle: 9, validFrom: nil, validUntil: nil)
        #expect(IndexFixtures.hits(index, .ipv4, "10.1.2.3").count == 5)
    }
}
