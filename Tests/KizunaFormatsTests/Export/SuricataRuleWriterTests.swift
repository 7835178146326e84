import Foundation
import STIX
import Testing

@testable import KizunaFormats

@Suite("Suricata rules")
struct SuricataRuleWriterTests {
    /// The sid of every rule line in `rules`, in order.
    static func sids(_ rules: String) -> [UInt32] {
        rules.split(separator: "\n").compactMap { line -> UInt32? in
            guard let range = line.range(of: "; sid:") else { return nil }
            return UInt32(line[range.upperBound...].prefix { $0.isNumber })
        }
    }

    @Test("addresses share one two-way rule; domains get exact DNS, TLS and HTTP host rules; http URLs get host and URI rules")
    func ruleShapes() throws {
        let rules = ExportFixtures.output(SuricataRuleWriter(), Array(ExportFixtures.mixed[0...2])).split(separator: "\n").map(String.init)
        let id1 = ExportFixtures.id(1)
        let id2 = ExportFixtures.id(2)
        #expect(rules.count == 6)
        #expect(rules[0] == "# Kizuna indicator rules for Suricata 7")
        #expect(
            rules[1].hasPrefix(
                "alert ip [198.51.100.7,203.0.113.0/24,2001:db8::1] any <> any any (msg:\"Kizuna TLP:AMBER \(id1)"
                    + " C2 \\\"servers\\\"\\; stage\\\\2 | beta\"; metadata:kizuna_indicator \(id1); classtype:trojan-activity; sid:"))
        #expect(
            rules[2].hasPrefix(
                "alert dns any any -> any any (msg:\"Kizuna TLP:GREEN \(id2) Phishing\"; dns.query; content:\"evil.example\"; nocase;"
                    + " startswith; endswith; metadata:kizuna_indicator \(id2); classtype:trojan-activity; sid:"))
        #expect(
            rules[3].hasPrefix("alert tls any any -> any any (msg:\"Kizuna TLP:GREEN \(id2) Phishing\"; tls.sni; content:\"evil.example\"; nocase;"))
        #expect(
            rules[4].hasPrefix(
                "alert http any any -> any any (msg:\"Kizuna TLP:GREEN \(id2) Phishing\"; http.host; content:\"evil.example\"; startswith;"))
        #expect(
            rules[5].hasPrefix(
                "alert http any any -> any 8080 (msg:\"Kizuna TLP:GREEN \(id2) Phishing\"; http.host; content:\"evil.example\"; startswith; endswith;"
                    + " http.uri; content:\"/login|3B|x?a=|22|b|22||7C|c|5C|d\"; startswith; endswith; "))
        #expect(rules.allSatisfy { $0.hasPrefix("#") || $0.hasSuffix("; rev:1;)") })
    }

    @Test("hash entries become one list rule per kind at the end, SHA-512 and e-mail none")
    func hashListRules() {
        let rules = ExportFixtures.output(SuricataRuleWriter(hashListPrefix: "feed"), [ExportFixtures.mixed[3], ExportFixtures.mixed[2]])
        let lines = rules.split(separator: "\n").dropFirst(2)
        #expect(rules.split(separator: "\n")[1].contains("force-hash: [md5, sha1, sha256]"))
        #expect(lines.count == 3)
        var writer = SuricataRuleWriter()
        var output: [UInt8] = []
        writer.write(ExportFixtures.mixed[3], into: &output)
        writer.end(into: &output)
        #expect(writer.ruleCount == 3)
        #expect(lines.allSatisfy { $0.hasPrefix("alert ip any any -> any any (msg:\"Kizuna file ") })
        #expect(rules.contains("(msg:\"Kizuna file MD5 list\"; filemd5:feed-file-md5.txt; classtype:trojan-activity; sid:"))
        #expect(rules.contains("(msg:\"Kizuna file SHA-1 list\"; filesha1:feed-file-sha1.txt;"))
        #expect(rules.contains("(msg:\"Kizuna file SHA-256 list\"; filesha256:feed-file-sha256.txt;"))
        #expect(ExportFixtures.output(SuricataRuleWriter(), [ExportFixtures.mixed[0]]).split(separator: "\n").count == 2)
        let single = ExportFixtures.output(SuricataRuleWriter(), [ExportFixtures.indicator(8, [(.sha256, String(repeating: "a", count: 64))])])
        #expect(!single.contains("force-hash"))
        #expect(single.split(separator: "\n").count == 2)
    }

    @Test("names are truncated to 100 characters and control characters become spaces in msg")
    func messageName() {
        let long = String(repeating: "é", count: 150) + "END"
        let rules = ExportFixtures.output(SuricataRuleWriter(), [ExportFixtures.indicator(9, name: "a\nb\t" + long, [(.ipv4, "192.0.2.1")])])
        #expect(rules.contains(" a b " + String(repeating: "é", count: 96) + "\"; "))
        #expect(!rules.contains("END"))
    }

    @Test("the same input gives the same sids, and adding an indicator keeps the existing ones")
    func stableSIDs() {
        let first = Self.sids(ExportFixtures.output(SuricataRuleWriter(), ExportFixtures.mixed))
        let again = Self.sids(ExportFixtures.output(SuricataRuleWriter(), ExportFixtures.mixed))
        #expect(first == again)
        #expect(first.count == 12)
        #expect(Set(first).count == first.count)
        #expect(first.allSatisfy { $0 >= 9_000_000 })
        let extra = ExportFixtures.indicator(42, [(.domain, "new.example"), (.ipv4, "192.0.2.42")])
        let grown = Self.sids(ExportFixtures.output(SuricataRuleWriter(), [extra] + ExportFixtures.mixed))
        #expect(Set(first).isSubset(of: Set(grown)))
        #expect(grown.count == first.count + 4)
        let otherBase = Self.sids(ExportFixtures.output(SuricataRuleWriter(sidBase: 1_000_000), ExportFixtures.mixed))
        #expect(otherBase != first)
    }

    @Test("forced collisions in a tiny sid range still give unique sids, deterministically")
    func collisions() {
        let indicators = (0..<20).map { ExportFixtures.indicator($0, [(.ipv4, "192.0.2.\($0)")]) }
        let writer = SuricataRuleWriter(sidBase: 100, sidCount: 20, hashListPrefix: "kizuna")
        let sids = Self.sids(ExportFixtures.output(writer, indicators))
        #expect(sids.count == 20)
        #expect(Set(sids) == Set(100..<120))
        #expect(Self.sids(ExportFixtures.output(writer, indicators)) == sids)
    }

    @Test("a full sid range drops further rules and counts them")
    func fullRange() {
        var writer = SuricataRuleWriter(sidBase: 7, sidCount: 2, hashListPrefix: "kizuna")
        var output: [UInt8] = []
        for number in 0..<3 { writer.write(ExportFixtures.indicator(number, [(.ipv4, "192.0.2.1")]), into: &output) }
        #expect(writer.ruleCount == 2)
        #expect(writer.droppedRuleCount == 1)
        #expect(Set(Self.sids(String(decoding: output, as: UTF8.self))) == [7, 8])
    }

    @Test("the sid set keeps every inserted id through growth")
    func sidSet() {
        var set = SIDSet()
        var allNew = true
        for sid in stride(from: UInt32(1), through: 50_000, by: 7) { allNew = set.insert(sid) && allNew }
        #expect(allNew)
        #expect(set.count == 7143)
        let duplicate = set.insert(8)
        #expect(!duplicate)
        #expect(set.contains(49_995))
        #expect(!set.contains(2))
    }

    @Test("hash list files list each digest with its indicator id")
    func hashList() {
        let list = ExportFixtures.output(SuricataHashListWriter(kind: .sha256), ExportFixtures.mixed)
        #expect(list == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855 \(ExportFixtures.id(4))\n")
        #expect(SuricataRuleWriter.hashListName(for: .md5) == "kizuna-file-md5.txt")
        #expect(SuricataRuleWriter.hashListName(for: .sha1, prefix: "feed") == "feed-file-sha1.txt")
    }

    @Test("suricata -T loads every rule kind and the hash lists", .enabled(if: ExternalTool.path(of: "suricata") != nil, "suricata is not on PATH"))
    func suricataAcceptsRules() throws {
        let directory = try ExternalTool.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let indicators = ExportFixtures.mixed + [ExportFixtures.indicator(6, name: "日本語の名前 ; \" \\ |", tlp: .amberStrict, [(.ipv4, "0.0.0.0")])]
        try ExportFixtures.output(SuricataRuleWriter(), indicators).write(
            to: directory.appendingPathComponent("kizuna.rules"), atomically: true, encoding: .utf8)
        for kind in SuricataHashListWriter.supportedKinds {
            let name = SuricataRuleWriter.hashListName(for: kind, prefix: "kizuna")
            try ExportFixtures.output(SuricataHashListWriter(kind: kind), indicators).write(
                to: directory.appendingPathComponent(name), atomically: true, encoding: .utf8)
        }
        // The same configuration as the traffic replay (DNS, TLS and HTTP parsing, eve-log alerts).
        let config = SuricataTrafficTests.configuration(directory)
        try config.write(to: directory.appendingPathComponent("suricata.yaml"), atomically: true, encoding: .utf8)
        let result = try ExternalTool.run(
            ExternalTool.path(of: "suricata")!,
            [
                "-T", "-c", directory.appendingPathComponent("suricata.yaml").path, "-S", directory.appendingPathComponent("kizuna.rules").path,
                "-l", directory.path,
            ])
        #expect(result.status == 0, "\(result.output)")
        #expect(result.output.contains("13 rules successfully loaded, 0 rules failed"), "\(result.output)")
    }
}
