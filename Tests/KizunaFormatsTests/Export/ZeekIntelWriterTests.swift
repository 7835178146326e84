import KizunaFormats
import Testing

@Suite("Zeek intel files")
struct ZeekIntelWriterTests {
    @Test("each entry is one tab-separated line with its Intel type, source and description")
    func lines() {
        let indicators = ExportFixtures.mixed + [ExportFixtures.indicator(7, name: "tab\there\nnewline", [(.url, "ftp://files.example/x")])]
        let lines = ExportFixtures.output(ZeekIntelWriter(source: "JC3 feed"), indicators).split(separator: "\n", omittingEmptySubsequences: false)
        let id1 = ExportFixtures.id(1)
        let id2 = ExportFixtures.id(2)
        let id3 = ExportFixtures.id(3)
        let expected = [
            "#fields\tindicator\tindicator_type\tmeta.source\tmeta.desc\tmeta.url",
            "198.51.100.7\tIntel::ADDR\tJC3 feed\tTLP:AMBER \(id1) C2 \"servers\"; stage\\2 | beta\t-",
            "203.0.113.0/24\tIntel::SUBNET\tJC3 feed\tTLP:AMBER \(id1) C2 \"servers\"; stage\\2 | beta\t-",
            "2001:db8::1\tIntel::ADDR\tJC3 feed\tTLP:AMBER \(id1) C2 \"servers\"; stage\\2 | beta\t-",
            "evil.example\tIntel::DOMAIN\tJC3 feed\tTLP:GREEN \(id2) Phishing\t-",
            "evil.example:8080/login;x?a=\"b\"|c\\d\tIntel::URL\tJC3 feed\tTLP:GREEN \(id2) Phishing\t-",
            "secure.example/path\tIntel::URL\tJC3 feed\tTLP:RED \(id3)\t-",
            "boss@evil.example\tIntel::EMAIL\tJC3 feed\tTLP:RED \(id3)\t-",
        ]
        #expect(lines.prefix(8).map(String.init) == expected)
        #expect(lines.filter { $0.contains("Intel::FILE_HASH") }.count == 4)
        #expect(lines.contains("2001:db8:abcd::/48\tIntel::SUBNET\tJC3 feed\tTLP:AMBER \(ExportFixtures.id(5)) Bullet-proof hosting\t-"))
        #expect(!lines.contains { $0.contains("ftp") })
        #expect(lines.last == "")
        #expect(lines.dropFirst().dropLast().allSatisfy { $0.split(separator: "\t", omittingEmptySubsequences: false).count == 5 })
    }

    @Test("an empty source is written as -; control characters in fields become spaces")
    func emptyAndControl() {
        let text = ExportFixtures.output(ZeekIntelWriter(source: ""), [ExportFixtures.indicator(8, name: "a\tb\r\nc", [(.domain, "x.example")])])
        #expect(text.hasSuffix("x.example\tIntel::DOMAIN\t-\tTLP:AMBER \(ExportFixtures.id(8)) a b  c\t-\n"))
    }
}
