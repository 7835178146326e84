import Foundation
import STIX
import Testing

/// `kizuna match`: logs scanned against what one organisation may read, locally and through a server.
@Suite(
    "Log matching",
    .enabled(if: FileManager.default.fileExists(atPath: ServerProcess.executable.path), "build the kizuna executable first"))
struct LogMatchTests {
    static let sha = String(repeating: "0123456789abcdef", count: 4)

    /// Two organisations: Sakura shares four community indicators; Kaede keeps a RED one to itself.
    static func populate(_ cli: CLI) throws {
        for name in ["Sakura Bank", "Kaede Bank"] {
            #expect(try cli.run(["org", "add", name, "--sector", "finance", "--country", "JP"]).status == 0)
        }
        let shared = [
            MatchTests.indicator("[domain-name:value = 'login-sakura.example']", name: "phishing domain"),
            MatchTests.indicator("[ipv4-addr:value ISSUBSET '203.0.113.0/24']", name: "c2 network"),
            MatchTests.indicator("[url:value = 'http://evil.example/gate.php']", name: "gate"),
            MatchTests.indicator("[file:hashes.'SHA-256' = '\(Self.sha)']", name: "dropper"),
        ]
        let community = cli.directory.appendingPathComponent("community.json")
        try Data(STIXBundle.make(objects: shared.map { JSON.serialize($0) })).write(to: community)
        #expect(try cli.run(["import", community.path, "--org", "Sakura Bank", "--audience", "community"]).status == 0)
        let red = cli.directory.appendingPathComponent("red.json")
        let secret = MatchTests.indicator("[domain-name:value = 'secret.example']", name: "kaede only", tlp: .red)
        try Data(STIXBundle.make(objects: [JSON.serialize(secret)])).write(to: red)
        #expect(try cli.run(["import", red.path, "--org", "Kaede Bank", "--audience", "organisation"]).status == 0)
    }

    static let log = """
        1700000000.123    45 10.0.0.5 TCP_MISS/200 1520 GET http://www.example.com/ - HIER_DIRECT/93.184.216.34 text/html
        1700000001.456    12 10.0.0.5 TCP_MISS/200 320 GET hxxp://evil[.]example/gate.php - HIER_DIRECT/203.0.113.50 text/html
        Nov 26 10:00:00 ns1 named[1234]: client 10.0.0.7#53211 (LOGIN-SAKURA.example.): query: LOGIN-SAKURA.example. IN A +
        Nov 26 10:00:01 ns1 named[1234]: client 10.0.0.7#53212 (secret.example): query: secret.example IN A +
        Nov 26 10:00:02 mail postfix/cleanup[99]: attachment sha256=\(String(repeating: "0123456789ABCDEF", count: 4)) version 1.2.3.4
        """

    @Test("hits name the file, line, observable and indicator; RED indicators of others stay invisible")
    func local() throws {
        let cli = try CLI.make()
        defer { cli.remove() }
        try Self.populate(cli)
        let log = cli.directory.appendingPathComponent("mixed.log")
        try Data(Self.log.utf8).write(to: log)
        let text = try cli.run(["match", log.path, "--org", "Sakura Bank"])
        #expect(text.status == 0, "\(text.stderr)")
        #expect(text.stdout.contains("mixed.log:2:"))
        #expect(text.stdout.contains("url http://evil.example/gate.php ->"))
        #expect(text.stdout.contains("ipv4-addr 203.0.113.50 ->"))
        #expect(text.stdout.contains("mixed.log:3:"))
        #expect(text.stdout.contains("domain-name login-sakura.example ->"))
        #expect(text.stdout.contains("sha256 \(Self.sha) ->"))
        #expect(!text.stdout.contains("secret.example"), "Kaede's RED indicator is not Sakura's to match")
        #expect(!text.stdout.contains("1.2.3.4"))

        let json = try cli.run(["match", log.path, "--org", "Sakura Bank", "--json"])
        let lines = json.stdout.split(separator: "\n").compactMap { try? JSON.parse(String($0)) }
        #expect(lines.count == text.stdout.split(separator: "\n").count)
        #expect(lines.contains { $0["kind"] == "domain-name" && $0["line"]?.intValue == 3 && $0["indicators"]?.arrayValue?.count == 1 })

        // Kaede sees its own RED indicator and the community ones.
        let kaede = try cli.run(["match", log.path, "--org", "Kaede Bank"])
        #expect(kaede.stdout.contains("domain-name secret.example ->"))
        #expect(kaede.stdout.contains("domain-name login-sakura.example ->"))

        let clean = cli.directory.appendingPathComponent("clean.log")
        try Data("nothing to see at www.example.org from 192.0.2.1\n".utf8).write(to: clean)
        #expect(try cli.run(["match", clean.path, "--org", "Sakura Bank"]).status == 1)
        let missing = try cli.run(["match", "/nonexistent.log", "--org", "Sakura Bank"])
        #expect(missing.status == 2)
        #expect(try cli.run(["match", log.path]).status != 0)
    }

    @Test("--server matches through the REST API with the same hits")
    func remote() async throws {
        let cli = try CLI.make()
        defer { cli.remove() }
        let server = ServerProcess(arguments: ["serve", "--database", cli.database, "--port", "0"], directory: cli.directory)
        try await server.start()
        defer { _ = server.terminate() }
        let admin = try #require(CrashRecoveryTests.adminKey(in: server.output))
        try Self.populate(cli)
        let log = cli.directory.appendingPathComponent("mixed.log")
        try Data(Self.log.utf8).write(to: log)
        let remote = try cli.run(["match", log.path, "--server", "http://127.0.0.1:\(server.port)", "--key", admin], database: false)
        #expect(remote.status == 0, "\(remote.stderr)")
        // The instance admin's organisation reads the community indicators, not Kaede's RED one.
        #expect(remote.stdout.contains("domain-name login-sakura.example ->"))
        #expect(remote.stdout.contains("url http://evil.example/gate.php ->"))
        #expect(remote.stdout.contains("sha256 \(Self.sha) ->"))
        #expect(!remote.stdout.contains("secret.example"))
    }
}
