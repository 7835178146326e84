import Foundation
import KizunaFormats
import STIX
import Testing

@Suite(
    "Suricata rules on replayed traffic",
    .enabled(if: ExternalTool.path(of: "suricata") != nil && ExternalTool.path(of: "md5sum") != nil, "suricata or md5sum is not on PATH"))
struct SuricataTrafficTests {
    /// A downloaded file whose digests the feed lists.
    static let fileBody = Array(String(repeating: "MZ kizuna hash list test payload\n", count: 20).utf8)

    @Test("each rule fires on its exact observable and not on near misses")
    func rulesFireExactly() throws {
        let directory = try ExternalTool.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let bodyURL = directory.appendingPathComponent("body.bin")
        try Data(Self.fileBody).write(to: bodyURL)
        let md5 = try Self.digest("md5sum", of: bodyURL)
        let sha256 = try Self.digest("sha256sum", of: bodyURL)
        let indicators = [
            ExportFixtures.indicator(1, [(.ipv4, "198.51.100.7"), (.ipv4Network, "203.0.113.0/24")]),
            ExportFixtures.indicator(2, [(.domain, "evil.example"), (.url, "http://evil.example:8080/login;x?a=\"b\"|c\\d")]),
            ExportFixtures.indicator(5, [(.url, "http://files.example/a%20b%2Fc%3F?q=%22x%2F%22+y")]),
            ExportFixtures.indicator(3, [(.md5, md5)]),
            ExportFixtures.indicator(4, [(.sha256, sha256)]),
        ]
        let rules = ExportFixtures.output(SuricataRuleWriter(), indicators)
        try rules.write(to: directory.appendingPathComponent("kizuna.rules"), atomically: true, encoding: .utf8)
        for kind in SuricataHashListWriter.supportedKinds {
            try ExportFixtures.output(SuricataHashListWriter(kind: kind), indicators).write(
                to: directory.appendingPathComponent(SuricataRuleWriter.hashListName(for: kind, prefix: "kizuna")), atomically: true,
                encoding: .utf8)
        }
        try Data(Self.traffic().bytes).write(to: directory.appendingPathComponent("traffic.pcap"))
        try Self.configuration(directory).write(to: directory.appendingPathComponent("suricata.yaml"), atomically: true, encoding: .utf8)
        let result = try ExternalTool.run(
            ExternalTool.path(of: "suricata")!,
            [
                "-c", directory.appendingPathComponent("suricata.yaml").path, "-S", directory.appendingPathComponent("kizuna.rules").path,
                "-r", directory.appendingPathComponent("traffic.pcap").path, "-l", directory.path, "-k", "none",
            ])
        #expect(result.status == 0, "\(result.output)")
        let fired = try Self.alertsByClientPort(directory.appendingPathComponent("eve.json"))

        func sid(_ fragment: String) -> Int {
            let line = rules.split(separator: "\n").first { $0.contains(fragment) } ?? ""
            return Int(line.split(separator: "sid:").last?.prefix { $0.isNumber } ?? "") ?? -1
        }
        let dns = sid("dns.query; content:\"evil.example\"")
        let tls = sid("tls.sni; content:\"evil.example\"")
        let host = sid("http.host; content:\"evil.example\"; startswith; endswith; metadata:")
        let url = sid("http.uri; content:\"/login")
        let escapedURL = sid("http.uri; content:\"/a b%2Fc?")
        let address = sid("alert ip [198.51.100.7,203.0.113.0/24]")
        let md5List = sid("filemd5:")
        let sha256List = sid("filesha256:")
        let expected: [Int: Set<Int>] = [
            40001: [dns], 40002: [], 40003: [dns], 40004: [], 40005: [],
            41001: [host, url], 41002: [host], 41003: [], 41004: [escapedURL], 41005: [], 41006: [],
            42001: [tls], 42002: [],
            44001: [address], 44002: [address], 44003: [],
            43001: [md5List, sha256List],
        ]
        for (port, sids) in expected.sorted(by: { $0.key < $1.key }) {
            #expect(fired[port, default: []] == sids, "client port \(port)")
        }
    }

    /// DNS, HTTP, TLS, plain IP and file-download traffic, each case on its own client port.
    static func traffic() -> PacketCapture {
        var capture = PacketCapture()
        for (port, name) in [
            (40001, "evil.example"), (40002, "sub.evil.example"), (40003, "EVIL.Example"), (40004, "notevil.example"), (40005, "evil.example.com"),
        ] {
            capture.dnsQuery(name, sourcePort: UInt16(port))
        }
        let okResponse = Array("HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n".utf8)
        for (port, path, hostHeader, serverPort) in [
            (41001, "/login;x?a=\"b\"|c\\d", "evil.example:8080", 8080), (41002, "/login;x?a=\"b\"|c\\d&more", "evil.example:8080", 8080),
            (41003, "/", "www.evil.example", 80), (41004, "/a%20b%2Fc%3f?q=%22x/%22+y", "files.example", 80),
            (41005, "/a%20b/c%3F?q=%22x%2F%22+y", "files.example", 80), (41006, "/a%20b%2Fc%3F?q=%22x%2F%22%20y", "files.example", 80),
        ] {
            let request = Array("GET \(path) HTTP/1.1\r\nHost: \(hostHeader)\r\nUser-Agent: test\r\n\r\n".utf8)
            capture.tcpSession(client: "10.0.0.6", UInt16(port), server: "192.0.2.80", UInt16(serverPort), request: request, response: okResponse)
        }
        capture.tcpSession(
            client: "10.0.0.6", 42001, server: "192.0.2.44", 443, request: PacketCapture.clientHello(serverName: "evil.example"), response: [])
        capture.tcpSession(
            client: "10.0.0.6", 42002, server: "192.0.2.45", 443, request: PacketCapture.clientHello(serverName: "a.evil.example"), response: [])
        capture.udp(from: "198.51.100.7", 44001, to: "10.0.0.9", 5678, [0x78])
        capture.udp(from: "10.0.0.9", 44002, to: "203.0.113.99", 5678, [0x78])
        capture.udp(from: "10.0.0.9", 44003, to: "198.51.100.8", 5678, [0x78])
        let download = Array("GET /file.bin HTTP/1.1\r\nHost: files.example\r\n\r\n".utf8)
        let fileResponse =
            Array("HTTP/1.1 200 OK\r\nContent-Type: application/octet-stream\r\nContent-Length: \(Self.fileBody.count)\r\n\r\n".utf8) + Self.fileBody
        capture.tcpSession(client: "10.0.0.6", 43001, server: "192.0.2.81", 80, request: download, response: fileResponse)
        return capture
    }

    /// A configuration with DNS, TLS and HTTP parsing, alerts in `eve.json`, and every digest computed for files.
    static func configuration(_ directory: URL) -> String {
        """
        %YAML 1.1
        ---
        vars:
          address-groups:
            HOME_NET: "[10.0.0.0/8]"
            EXTERNAL_NET: "!$HOME_NET"
        default-rule-path: \(directory.path)
        classification-file: /etc/suricata/classification.config
        reference-config-file: /etc/suricata/reference.config
        rule-files: []
        app-layer:
          protocols:
            tls: {enabled: yes, detection-ports: {dp: 443}}
            dns: {tcp: {enabled: yes, detection-ports: {dp: 53}}, udp: {enabled: yes, detection-ports: {dp: 53}}}
            http: {enabled: yes}
        outputs:
          - eve-log:
              enabled: yes
              filename: eve.json
              types:
                - alert
                - files:
                    force-hash: [md5, sha1, sha256]
        """
    }

    /// The sids of the alerts in `eve`, keyed by the flow's client port (the one of 40000 and above).
    static func alertsByClientPort(_ eve: URL) throws -> [Int: Set<Int>] {
        var fired: [Int: Set<Int>] = [:]
        for line in try String(contentsOf: eve, encoding: .utf8).split(separator: "\n") {
            let event = try JSON.parse(String(line))
            guard event["event_type"]?.stringValue == "alert", let sid = event["alert"]?["signature_id"]?.intValue else { continue }
            let ports = [event["src_port"]?.intValue, event["dest_port"]?.intValue].compactMap { $0 }
            guard let clientPort = ports.first(where: { $0 >= 40000 }) else { continue }
            fired[clientPort, default: []].insert(sid)
        }
        return fired
    }

    private static func digest(_ tool: String, of file: URL) throws -> String {
        let result = try ExternalTool.run(ExternalTool.path(of: tool)!, [file.path])
        return String(result.output.prefix { $0 != " " })
    }
}
