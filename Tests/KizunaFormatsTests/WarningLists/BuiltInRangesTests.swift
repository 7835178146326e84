import KizunaFormats
import STIXPatterns
import Testing

@Suite("Built-in reserved and private ranges")
struct BuiltInRangesTests {
    let lists = WarningListSet.builtIn

    @Test(
        "reserved and private addresses hit the built-in list",
        arguments: [
            (ObservableKind.ipv4, "10.1.2.3", "10.0.0.0/8"), (.ipv4, "172.31.255.255", "172.16.0.0/12"),
            (.ipv4, "192.168.0.1", "192.168.0.0/16"), (.ipv4, "100.64.0.1", "100.64.0.0/10"), (.ipv4, "127.0.0.1", "127.0.0.0/8"),
            (.ipv4, "0.0.0.0", "0.0.0.0/8"), (.ipv4, "169.254.169.254", "169.254.0.0/16"), (.ipv4, "192.0.0.8", "192.0.0.0/24"),
            (.ipv4, "192.0.2.44", "192.0.2.0/24"), (.ipv4, "198.19.1.1", "198.18.0.0/15"), (.ipv4, "198.51.100.7", "198.51.100.0/24"),
            (.ipv4, "203.0.113.9", "203.0.113.0/24"), (.ipv4, "239.255.255.250", "224.0.0.0/4"), (.ipv4, "250.1.1.1", "240.0.0.0/4"),
            (.ipv4, "255.255.255.255", "255.255.255.255/32"), (.ipv6, "2001:db8::1", "2001:db8::/32"), (.ipv6, "::1", "::1/128"),
            (.ipv6, "::", "::/128"), (.ipv6, "fd12:3456::1", "fc00::/7"), (.ipv6, "fe80::1", "fe80::/10"), (.ipv6, "ff02::1", "ff00::/8"),
            (.ipv6, "::ffff:8.8.8.8", "::ffff:0:0/96"), (.ipv6, "3fff:1::1", "3fff::/20"),
            (.url, "http://192.168.1.1/admin", "192.168.0.0/16"), (.url, "http://[2001:db8::5]:8080/", "2001:db8::/32"),
        ])
    func reservedHit(kind: ObservableKind, value: String, entry: String) {
        let hits = self.lists.hits(kind, value)
        #expect(hits.count == 1)
        #expect(hits.first?.list == "Reserved and private IP ranges (built in)")
        #expect(hits.first?.type == "cidr")
        #expect(hits.first?.entry == entry)
    }

    @Test(
        "public addresses and other kinds do not hit",
        arguments: [
            (ObservableKind.ipv4, "8.8.8.8"), (.ipv4, "11.0.0.1"), (.ipv4, "172.32.0.1"), (.ipv4, "192.169.0.1"), (.ipv4, "100.128.0.1"),
            (.ipv4, "223.255.255.255"), (.ipv6, "2001:4860:4860::8888"), (.ipv6, "2001:db9::1"), (.ipv6, "fe00::1"),
            (.url, "http://evil.example.net/10.0.0.1"), (.domain, "10.0.0.1.nip.io"), (.url, "http://8.8.8.8/"),
        ])
    func publicMisses(kind: ObservableKind, value: String) {
        #expect(self.lists.hits(kind, value).isEmpty)
    }

    @Test("the built-in list is the only list of the built-in set")
    func summary() {
        #expect(self.lists.lists.count == 1)
        #expect(self.lists.lists[0].isBuiltIn)
        #expect(self.lists.lists[0].type == .cidr)
        #expect(self.lists.lists[0].entryCount >= 25)
        #expect(self.lists.problems.isEmpty)
    }
}
