import KizunaFormats
import STIXPatterns
import Testing

@Suite("extraction from real log formats")
struct LogFormatExtractionTests {
    @Test("squid access log: client, URL, its host and the server address")
    func squid() {
        let line =
            "1732615200.123    234 10.0.3.17 TCP_MISS/200 5123 GET http://WWW.Example.com/path/x.js - HIER_DIRECT/93.184.216.34 application/javascript"
        #expect(
            extracted(line) == [
                Pair(.ipv4, "10.0.3.17"), Pair(.url, "http://www.example.com/path/x.js"), Pair(.domain, "www.example.com"),
                Pair(.ipv4, "93.184.216.34"),
            ])
    }

    @Test("Blue Coat proxy log with CONNECT host:port and a user agent")
    func blueCoat() {
        let line =
            #"2026-11-26 10:00:00 15 10.1.2.3 200 TCP_TUNNELED 1234 567 CONNECT tcp evil-c2.example 443 / - - - 203.0.113.50 "Mozilla/5.0 (Windows NT 10.0; Win64; x64)" OBSERVED "Technology/Internet" -"#
        #expect(
            extracted(line) == [Pair(.ipv4, "10.1.2.3"), Pair(.domain, "evil-c2.example"), Pair(.ipv4, "203.0.113.50")])
    }

    @Test("BIND query log: client address and queried name")
    func bind() {
        let line =
            "26-Nov-2026 10:00:00.123 queries: info: client @0x7f1c2c0a1b 10.0.0.5#53211 (Bad.Example.NET): query: Bad.Example.NET IN A +E(0)K (10.0.0.1)"
        #expect(
            extracted(line) == [
                Pair(.ipv4, "10.0.0.5"), Pair(.domain, "bad.example.net"), Pair(.domain, "bad.example.net"), Pair(.ipv4, "10.0.0.1"),
            ])
    }

    @Test("postfix: sender, recipient, relay host and address")
    func postfix() {
        let text = """
            Nov 26 10:00:00 mx1 postfix/qmgr[812]: 3F2A1B4C: from=<Alice@Sender.example.org>, size=1234, nrcpt=1 (queue active)
            Nov 26 10:00:01 mx1 postfix/smtp[990]: 3F2A1B4C: to=<bob@corp.example>, relay=mx.corp.example[198.51.100.7]:25, delay=0.5, status=sent (250 2.0.0 OK)
            """
        var extractor = ObservableExtractor()
        let found = extractor.observables(in: text)
        #expect(
            found.map { Pair($0.kind, $0.value) } == [
                Pair(.email, "alice@sender.example.org"), Pair(.domain, "sender.example.org"), Pair(.email, "bob@corp.example"),
                Pair(.domain, "corp.example"), Pair(.domain, "mx.corp.example"), Pair(.ipv4, "198.51.100.7"),
            ])
        #expect(found.map(\.line) == [1, 1, 2, 2, 2, 2])
        #expect(found[2].column == 54)
    }

    @Test("iptables: IPv4 and IPv6 sources, MAC addresses and counters ignored")
    func iptables() {
        let text = """
            Nov 26 10:00:00 fw kernel: [12345.678901] IN=eth0 OUT= MAC=00:1a:2b:3c:4d:5e:00:1a:2b:3c:4d:5f:08:00 SRC=203.0.113.9 DST=10.0.0.5 LEN=60 TOS=0x00 PROTO=TCP SPT=4444 DPT=22
            Nov 26 10:00:01 fw kernel: [12346.000001] IN=eth0 OUT= SRC=2001:0DB8:0:0::1 DST=fe80::1 LEN=80 PROTO=UDP SPT=53 DPT=5353
            """
        #expect(
            extracted(text) == [
                Pair(.ipv4, "203.0.113.9"), Pair(.ipv4, "10.0.0.5"), Pair(.ipv6, "2001:db8::1"), Pair(.ipv6, "fe80::1"),
            ])
    }

    @Test("pf log with address.port pairs")
    func pf() {
        let line = "Nov 26 10:00:00.000 rule 12/0(match): block in on em0: 198.51.100.23.51234 > 192.0.2.10.443: Flags [S], seq 1, win 1024"
        #expect(extracted(line) == [])
        let tcpdumpStyle = "rule 3/0(match): pass out on em0: 192.0.2.10:443 > 198.51.100.23:51234"
        #expect(extracted(tcpdumpStyle) == [Pair(.ipv4, "192.0.2.10"), Pair(.ipv4, "198.51.100.23")])
    }

    @Test("endpoint log with hashes of each length")
    func hashes() {
        let md5 = "D41D8CD98F00B204E9800998ECF8427E"
        let sha1 = String(repeating: "ab", count: 20)
        let sha256 = String(repeating: "0f", count: 32)
        let sha512 = String(repeating: "9", count: 128)
        let line = "file=setup.exe md5=\(md5) sha1=\(sha1) sha256=\(sha256) sha512=\(sha512) id=\(String(repeating: "a", count: 33))"
        #expect(
            extracted(line) == [Pair(.md5, md5.lowercased()), Pair(.sha1, sha1), Pair(.sha256, sha256), Pair(.sha512, sha512)])
    }

    @Test("prose: a digest or an address at the end of a sentence loses the full stop")
    func sentenceEnds() {
        let sha256 = String(repeating: "9f", count: 32)
        let text = "The dropper's SHA-256 is \(sha256). The C2 is 45.77.12.9. Its name is c2.evil.example."
        #expect(extracted(text) == [Pair(.sha256, sha256), Pair(.ipv4, "45.77.12.9"), Pair(.domain, "c2.evil.example")])
    }

    @Test("defanged indicators are refanged, with columns in the original line")
    func defanged() {
        var extractor = ObservableExtractor()
        let found = extractor.observables(in: "alert: hxxps://evil[.]example/gate.php from 198.51.100[.]7 and bad(at)evil[.]example")
        #expect(
            found.map { Pair($0.kind, $0.value) } == [
                Pair(.url, "https://evil.example/gate.php"), Pair(.domain, "evil.example"), Pair(.ipv4, "198.51.100.7"),
                Pair(.email, "bad@evil.example"), Pair(.domain, "evil.example"),
            ])
        #expect(found.map(\.column) == [8, 16, 45, 64, 71])
    }

    @Test("URLs inside quotes and parentheses lose trailing punctuation; ftp and IPv6 hosts work")
    func urls() {
        #expect(
            extracted(#"see "http://a.example/x?y=1", (https://b.example/c). ftp://[2001:db8::1]:21/f"#) == [
                Pair(.url, "http://a.example/x?y=1"), Pair(.domain, "a.example"), Pair(.url, "https://b.example/c"),
                Pair(.domain, "b.example"), Pair(.url, "ftp://[2001:db8::1]/f"), Pair(.ipv6, "2001:db8::1"),
            ])
    }
}
