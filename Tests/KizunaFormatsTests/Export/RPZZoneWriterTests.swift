import Foundation
import KizunaFormats
import Testing

@Suite("DNS response policy zones")
struct RPZZoneWriterTests {
    @Test("the zone has its apex, then per indicator a comment and QNAME and rpz-ip triggers")
    func zone() {
        let text = ExportFixtures.output(RPZZoneWriter(serial: 2_026_060_101), ExportFixtures.mixed)
        let expected = """
            $ORIGIN rpz.kizuna.
            $TTL 300
            @ IN SOA localhost. hostmaster.localhost. 2026060101 3600 600 604800 300
            @ IN NS localhost.
            ; \(ExportFixtures.id(1)) TLP:AMBER C2 "servers"; stage\\2 | beta
            32.7.100.51.198.rpz-ip CNAME .
            24.0.113.0.203.rpz-ip CNAME .
            128.1.zz.db8.2001.rpz-ip CNAME .
            ; \(ExportFixtures.id(2)) TLP:GREEN Phishing
            evil.example CNAME .
            *.evil.example CNAME .
            ; \(ExportFixtures.id(5)) TLP:AMBER Bullet-proof hosting
            48.zz.abcd.db8.2001.rpz-ip CNAME .
            xn--bcher-kva.example CNAME .
            *.xn--bcher-kva.example CNAME .

            """
        #expect(text == expected)
    }

    @Test(
        "each action has its CNAME target",
        arguments: [
            ("nxdomain", "."), ("nodata", "*."), ("passthru", "rpz-passthru."), ("drop", "rpz-drop."), ("tcp-only", "rpz-tcp-only."),
            ("redirect:Garden.Example", "garden.example."), ("redirect:garden.example.", "garden.example."),
        ])
    func actions(text: String, target: String) throws {
        let action = try #require(RPZAction(text))
        #expect(action.target == target)
        let zone = ExportFixtures.output(RPZZoneWriter(origin: "rpz.test", action: action, serial: 1), [ExportFixtures.mixed[1]])
        #expect(zone.contains("\n*.evil.example CNAME \(target)\n"))
        #expect(zone.hasPrefix("$ORIGIN rpz.test.\n"))
    }

    @Test("origins are validated and made absolute")
    func origins() {
        #expect(RPZZoneWriter.validOrigin("RPZ.Example") == "rpz.example.")
        #expect(RPZZoneWriter.validOrigin("rpz.example.") == "rpz.example.")
        #expect(RPZZoneWriter.validOrigin("bad origin") == nil)
        #expect(RPZZoneWriter.validOrigin("") == nil)
        #expect(RPZZoneWriter(origin: "RPZ.Example", serial: 1).origin == "rpz.example.")
    }

    @Test("unknown actions and bad redirect targets are refused", arguments: ["NXDOMAIN", "redirect:", "redirect:bad name", "block", ""])
    func badActions(text: String) {
        #expect(RPZAction(text) == nil)
    }

    @Test("IPv6 triggers compress the longest zero run; IPv4-mapped addresses become IPv4 triggers")
    func ipv6Triggers() {
        let indicator = ExportFixtures.indicator(
            3,
            [
                (.ipv6, "2001:db8:0:0:1::1"), (.ipv6, "::1"), (.ipv6, "::ffff:192.0.2.1"), (.ipv6Network, "2001:db8::/32"),
                (.ipv6, "1:0:2:3:4:5:6:7"),
                (.ipv6Network, "::ffff:192.0.2.0/120"), (.ipv6Network, "::ffff:0.0.0.0/96"),
            ])
        let lines = ExportFixtures.output(RPZZoneWriter(serial: 1), [indicator]).split(separator: "\n").dropFirst(5)
        #expect(
            Array(lines) == [
                "128.1.0.0.1.zz.db8.2001.rpz-ip CNAME .", "128.1.zz.rpz-ip CNAME .", "32.1.2.0.192.rpz-ip CNAME .",
                "32.zz.db8.2001.rpz-ip CNAME .", "128.7.6.5.4.3.2.0.1.rpz-ip CNAME .", "24.0.2.0.192.rpz-ip CNAME .",
            ])
    }

    @Test("names too long for the zone, RPZ trigger labels, prefix 0, URLs and hashes are not listed")
    func skipped() {
        let long = (0..<4).map { _ in String(repeating: "a", count: 62) }.joined(separator: ".")
        let indicator = ExportFixtures.indicator(
            4,
            [
                (.domain, long), (.domain, "32.1.0.0.127.rpz-ip"), (.domain, "x.rpz-nsdname"), (.ipv4Network, "0.0.0.0/0"),
                (.url, "http://bad.example/x"), (.md5, "d41d8cd98f00b204e9800998ecf8427e"),
            ])
        let writer = RPZZoneWriter(serial: 1)
        #expect(ExportFixtures.output(writer, [indicator]) == ExportFixtures.output(writer, []))
        let short = (0..<3).map { _ in String(repeating: "a", count: 62) }.joined(separator: ".") + ".example"
        #expect(ExportFixtures.output(writer, [ExportFixtures.indicator(5, [(.domain, short)])]).contains("\n*.\(short) CNAME .\n"))
    }

    @Test("named-checkzone accepts the zone", .enabled(if: ExternalTool.path(of: "named-checkzone") != nil, "named-checkzone is not on PATH"))
    func namedCheckzone() throws {
        let directory = try ExternalTool.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("rpz.zone")
        let indicators = ExportFixtures.mixed + [ExportFixtures.indicator(6, [(.domain, "under_score.example"), (.domain, "evil.example")])]
        try ExportFixtures.output(RPZZoneWriter(action: .redirect("garden.example"), serial: 7), indicators).write(
            to: file, atomically: true, encoding: .utf8)
        let result = try ExternalTool.run(ExternalTool.path(of: "named-checkzone")!, ["rpz.kizuna.", file.path])
        #expect(result.status == 0, "\(result.output)")
        #expect(result.output.contains("loaded serial 7"), "\(result.output)")
    }

    @Test(
        "a real named loads the zone without RPZ complaints and rewrites listed names",
        .enabled(if: ExternalTool.path(of: "named") != nil, "named is not installed"))
    func namedLoadsZone() async throws {
        let directory = try ExternalTool.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let indicators =
            ExportFixtures.mixed + [
                ExportFixtures.indicator(6, [(.ipv6, "::ffff:192.0.2.1"), (.ipv6Network, "::ffff:192.0.2.0/120"), (.ipv6, "2001:db8:0:0:1::1")])
            ]
        try ExportFixtures.output(RPZZoneWriter(serial: 3), indicators).write(
            to: directory.appendingPathComponent("rpz.zone"), atomically: true, encoding: .utf8)
        let port = Int.random(in: 20_000...40_000)
        let configuration = """
            options {
              directory "\(directory.path)";
              listen-on port \(port) { 127.0.0.1; };
              listen-on-v6 { none; };
              recursion yes;
              allow-query { 127.0.0.1; };
              pid-file "\(directory.path)/named.pid";
              session-keyfile "\(directory.path)/session.key";
              dnssec-validation no;
              response-policy { zone "rpz.kizuna"; } qname-wait-recurse no;
            };
            zone "rpz.kizuna" { type primary; file "\(directory.path)/rpz.zone"; };
            """
        try configuration.write(to: directory.appendingPathComponent("named.conf"), atomically: true, encoding: .utf8)
        let logURL = directory.appendingPathComponent("named.log")
        _ = FileManager.default.createFile(atPath: logURL.path, contents: nil)
        let log = try FileHandle(forWritingTo: logURL)
        let named = Process()
        named.executableURL = URL(fileURLWithPath: ExternalTool.path(of: "named")!)
        named.arguments = ["-g", "-c", directory.appendingPathComponent("named.conf").path]
        named.standardOutput = log
        named.standardError = log
        try named.run()
        defer {
            named.terminate()
            named.waitUntilExit()
        }
        var text = ""
        for _ in 0..<150 where !text.contains(" running\n") && !text.contains("exiting") {
            try await Task.sleep(for: .milliseconds(100))
            text = try String(contentsOf: logURL, encoding: .utf8)
        }
        #expect(text.contains("rpz: rpz.kizuna: reload done: success"), "\(text)")
        #expect(!text.contains("invalid rpz"), "\(text)")
        #expect(!text.contains("not the canonical"), "\(text)")
        if let dig = ExternalTool.path(of: "dig") {
            let answer = try ExternalTool.run(dig, ["@127.0.0.1", "-p", String(port), "+time=2", "+tries=1", "sub.evil.example", "A"])
            #expect(answer.output.contains("status: NXDOMAIN"), "\(answer.output)")
        }
    }
}
