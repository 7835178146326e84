import Foundation
import KizunaTestSupport
import STIX
import Testing

/// `kizuna import` of text and MISP feeds, and `kizuna export` of feeds, as an operator runs them.
@Suite(
    "The kizuna command: formats", .serialized,
    .enabled(if: FileManager.default.fileExists(atPath: ServerProcess.executable.path), "build the kizuna executable first"))
struct CLIFormatTests {
    static func setUp(_ cli: CLI) throws {
        #expect(try cli.run(["org", "add", "Tokyo Power", "--sector", "critical-infrastructure", "--country", "JP"]).status == 0)
        #expect(try cli.run(["org", "add", "Tsubame Net", "--sector", "isp", "--country", "JP"]).status == 0)
    }

    @Test("free text is previewed, created with --confirm, and exported as rules, hash lists and a zone")
    func textToFeeds() throws {
        let cli = try CLI.make()
        defer { cli.remove() }
        try Self.setUp(cli)
        let advisory = cli.directory.appendingPathComponent("advisory.txt")
        let hash = String(repeating: "9f", count: 32)
        try """
        Block hxxp://grid-update[.]example/payload.bin and the C2 at 45.77.12.9 (port 8443).
        The dropper's SHA-256 is \(hash). Ignore 192.168.10.4, our own proxy.
        """.write(to: advisory, atomically: true, encoding: .utf8)
        let preview = try cli.run(["import", advisory.path, "--org", "Tokyo Power", "--json"])
        #expect(preview.status == 0, "\(preview.stderr)")
        let previewed = try JSON.parse(preview.stdout)
        #expect(previewed["summary"]?["preview"]?.intValue == 4, "\(preview.stdout)")
        #expect(previewed["summary"]?["skipped"]?.intValue == 1)
        let empty = try cli.run(["export", "--org", "Tokyo Power", "--format", "text", "--type", "ipv4-addr"])
        #expect(empty.stdout.isEmpty)

        let created = try cli.run(["import", advisory.path, "--org", "Tokyo Power", "--tlp", "green", "--confirm", "--audience", "community"])
        #expect(created.status == 0, "\(created.stderr)")
        #expect(created.stdout.contains("4 created"), "\(created.stdout)")
        #expect(created.stdout.contains("192.168.10.4") && created.stdout.contains("Reserved"), "\(created.stdout)")

        let rules = cli.directory.appendingPathComponent("kizuna.rules")
        let exported = try cli.run(["export", "--org", "Tsubame Net", "--format", "suricata", "--output", rules.path])
        #expect(exported.status == 0, "\(exported.stderr)")
        let ruleText = try String(contentsOf: rules, encoding: .utf8)
        #expect(ruleText.contains("45.77.12.9") && ruleText.contains("grid-update.example"))
        let hashes = try String(contentsOf: cli.directory.appendingPathComponent("kizuna-file-sha256.txt"), encoding: .utf8)
        #expect(hashes.contains(hash))
        let zone = try cli.run(["export", "--org", "Tsubame Net", "--format", "rpz", "--action", "nodata"])
        #expect(zone.stdout.contains("grid-update.example"))
        let list = try cli.run(["export", "--org", "Tsubame Net", "--format", "text", "--type", "ipv4-addr"])
        #expect(list.stdout == "45.77.12.9\n")
        let bad = try cli.run(["export", "--org", "Tsubame Net", "--format", "text"])
        #expect(bad.status != 0 && bad.stderr.contains("type"))
    }

    @Test("a MISP feed directory imports, and a misp-feed export is a directory PyMISP's layout")
    func mispFeed() throws {
        guard let feed = TestDataDirectory.path("misp-feed") else { return }
        let cli = try CLI.make()
        defer { cli.remove() }
        try Self.setUp(cli)
        let imported = try cli.run(["import", feed, "--org", "Tokyo Power", "--audience", "community", "--json"])
        #expect(imported.status == 0, "\(imported.stderr)")
        let report = try JSON.parse(imported.stdout)
        #expect((report["summary"]?["created"]?.intValue ?? 0) > 100, "\(imported.stdout.prefix(500))")
        #expect(report["summary"]?["rejected"] == nil, "\(imported.stdout.prefix(2000))")
        let broken = cli.directory.appendingPathComponent("broken.json")
        try Data("{\"Event\": {\"info\": \"x\", \"Attribute\": [".utf8).write(to: broken)
        let refused = try cli.run(["import", broken.path, "--org", "Tokyo Power"])
        #expect(refused.status != 0)
        #expect(refused.stderr.contains("broken.json"), "\(refused.stderr)")

        let output = cli.directory.appendingPathComponent("feed-out")
        let exported = try cli.run(["export", "--org", "Tsubame Net", "--format", "misp-feed", "--output", output.path])
        #expect(exported.status == 0, "\(exported.stderr)")
        let files = try FileManager.default.contentsOfDirectory(atPath: output.path)
        #expect(files.contains("manifest.json") && files.contains("hashes.csv"))
        // One event per readable report of the imported feed, plus the loose indicators.
        #expect(files.filter { $0.hasSuffix(".json") && $0 != "manifest.json" }.count >= 12, "\(files)")
    }

    @Test("MISP warning lists from a directory flag well-known names; --force imports them anyway")
    func warningLists() throws {
        guard let lists = TestDataDirectory.path("misp-warninglists/lists") else { return }
        let cli = try CLI.make()
        defer { cli.remove() }
        try Self.setUp(cli)
        let text = cli.directory.appendingPathComponent("mail.txt")
        try "Links in the lure: www.google.com and sakura-secure-login.example\n".write(to: text, atomically: true, encoding: .utf8)
        let arguments = ["import", text.path, "--org", "Tokyo Power", "--warninglists", lists, "--json"]
        let preview = try JSON.parse(try cli.run(arguments).stdout)
        let google = preview["items"]?.arrayValue?.first { $0["value"] == "www.google.com" }
        #expect(google?["status"] == "skipped")
        #expect(google?["warnings"]?.arrayValue?.contains { $0["entry"] == "google.com" } == true, "\(preview)")
        let other = preview["items"]?.arrayValue?.first { $0["value"] == "sakura-secure-login.example" }
        #expect(other?["status"] == "preview" && other?["warnings"] == [])
        let forced = try JSON.parse(try cli.run(arguments + ["--force", "--confirm"]).stdout)
        #expect(forced["summary"]?["created"]?.intValue == 2, "\(forced)")
        // Created for Tokyo Power alone (the default audience): another member's export does not hold them.
        let owner = try cli.run(["export", "--org", "Tokyo Power", "--format", "text", "--type", "domain-name"])
        #expect(owner.stdout.contains("sakura-secure-login.example"))
        let outsider = try cli.run(["export", "--org", "Tsubame Net", "--format", "text", "--type", "domain-name"])
        #expect(outsider.status == 0 && outsider.stdout.isEmpty, "\(outsider.stdout)")
        let missing = try cli.run(["import", text.path, "--org", "Tokyo Power", "--warninglists", "/nonexistent"])
        #expect(missing.status != 0 && missing.stderr.contains("--warninglists"), "\(missing.stderr)")
    }
}
