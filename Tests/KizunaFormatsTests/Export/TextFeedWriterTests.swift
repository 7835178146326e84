import KizunaFormats
import Testing

@Suite("CSV and plain-list feeds")
struct TextFeedWriterTests {
    @Test("CSV has the header and one RFC 4180 row per entry")
    func csv() {
        let indicators = [
            ExportFixtures.indicator(
                1, name: "Say \"hi\", then\nleave", [(.ipv4, "198.51.100.7"), (.domain, "evil.example")], labels: ["c2", "apt"]),
            ExportFixtures.indicator(2, name: nil, tlp: .amberStrict, [(.url, "http://x.example/a,b")]),
        ]
        let text = ExportFixtures.output(CSVFeedWriter(), indicators)
        let id1 = ExportFixtures.id(1)
        #expect(
            text == "indicator_id,type,value,tlp,name,valid_from,valid_until,labels\r\n"
                + "\(id1),ipv4-addr,198.51.100.7,TLP:AMBER,\"Say \"\"hi\"\", then\nleave\",2026-01-01T00:00:00Z,,c2;apt\r\n"
                + "\(id1),domain-name,evil.example,TLP:AMBER,\"Say \"\"hi\"\", then\nleave\",2026-01-01T00:00:00Z,,c2;apt\r\n"
                + "\(ExportFixtures.id(2)),url,\"http://x.example/a,b\",TLP:AMBER+STRICT,,2026-01-01T00:00:00Z,,\r\n")
    }

    @Test("a plain list has only values of its kind, one a line", arguments: FeedKind.allCases)
    func plainList(kind: FeedKind) {
        let text = ExportFixtures.output(PlainListWriter(kind: kind), ExportFixtures.mixed)
        let expected = ExportFixtures.mixed.flatMap(\.entries).filter { $0.kind == kind }.map { $0.value + "\n" }.joined()
        #expect(text == expected)
        if kind == .ipv4 { #expect(text == "198.51.100.7\n") }
    }

    @Test("content types name the formats")
    func contentTypes() {
        #expect(CSVFeedWriter().contentType == "text/csv; charset=utf-8; header=present")
        #expect(PlainListWriter(kind: .domain).contentType == "text/plain; charset=utf-8")
        #expect(RPZZoneWriter(serial: 1).contentType == "text/dns")
        #expect(ZeekIntelWriter().contentType == "text/tab-separated-values; charset=utf-8")
        #expect(SuricataRuleWriter().contentType == "text/plain; charset=utf-8")
    }
}
