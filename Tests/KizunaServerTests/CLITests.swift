import Foundation
import STIX
import Testing

@Suite(
    "The kizuna command", .serialized,
    .enabled(if: FileManager.default.fileExists(atPath: ServerProcess.executable.path), "build the kizuna executable first"))
struct CLITests {
    static var testData: URL {
        URL(fileURLWithPath: ProcessInfo.processInfo.environment["KIZUNA_TEST_DATA"] ?? "../shared/data")
    }

    @Test(
        "every command answers --help",
        arguments: [
            [], ["serve"], ["org"], ["org", "add"], ["org", "list"], ["group", "add"], ["group", "list"], ["user", "add"],
            ["user", "list"], ["key", "add"], ["key", "list"], ["key", "revoke"], ["import"], ["export"], ["pull"], ["push"],
            ["pattern"], ["pattern", "check"],
        ])
    func help(command: [String]) throws {
        let cli = try CLI.make()
        defer { cli.remove() }
        let result = try cli.run(command + ["--help"], database: false)
        #expect(result.status == 0)
        #expect(result.stdout.contains("USAGE"))
    }

    @Test("administration commands print JSON with --json and refuse bad values with a hint")
    func administration() throws {
        let cli = try CLI.make()
        defer { cli.remove() }
        let org = try cli.run([
            "org", "add", "Tokyo Power", "--sector", "critical-infrastructure", "--subsector", "energy", "--country", "JP", "--json",
        ])
        #expect(org.status == 0, "\(org.stderr)")
        #expect(try JSON.parse(org.stdout).objectValue?["sector"] == "critical-infrastructure")
        let badSector = try cli.run(["org", "add", "Navy", "--sector", "navy", "--country", "JP"])
        #expect(badSector.status != 0)
        #expect(badSector.stderr.contains("--sector must be one of"))
        let duplicate = try cli.run(["org", "add", "Tokyo Power", "--sector", "isp", "--country", "JP"])
        #expect(duplicate.status != 0)
        #expect(duplicate.stderr.contains("already exists"))
        #expect(try cli.run(["org", "add", "Tsubame Net", "--sector", "isp", "--country", "JP"]).status == 0)
        let group = try cli.run(["group", "add", "CI council", "--member", "Tokyo Power", "--member", "Tsubame Net", "--json"])
        #expect(try JSON.parse(group.stdout).objectValue?["members"] == ["Tokyo Power", "Tsubame Net"])
        let user = try cli.run(["user", "add", "alice", "--org", "Tokyo Power", "--role", "analyst", "--json"])
        #expect(try JSON.parse(user.stdout).objectValue?["role"] == "analyst")
        let key = try cli.run(["key", "add", "--user", "alice", "--label", "SIEM", "--json"])
        let prefix = try #require(try JSON.parse(key.stdout).objectValue?["prefix"]?.stringValue)
        #expect(try JSON.parse(key.stdout).objectValue?["key"]?.stringValue?.hasPrefix(prefix) == true)
        let listed = try cli.run(["key", "list", "--json"])
        #expect(listed.stdout.contains(prefix))
        #expect(!listed.stdout.contains(try JSON.parse(key.stdout).objectValue?["key"]?.stringValue ?? "-"))
        #expect(try cli.run(["key", "revoke", prefix]).status == 0)
        #expect(try cli.run(["key", "list", "--json"]).stdout.contains("\"usable\":false"))
        let badExpiry = try cli.run(["key", "add", "--user", "alice", "--expires", "tomorrow"])
        #expect(badExpiry.stderr.contains("RFC 3339"))
    }

    @Test(
        "import stores a real report for one organisation and export shows exactly what another may read",
        .enabled(if: FileManager.default.fileExists(atPath: testData.appendingPathComponent("stix21-oasis").path), "needs KIZUNA_TEST_DATA"))
    func importAndExport() throws {
        let cli = try CLI.make()
        defer { cli.remove() }
        for (name, sector) in [("Sakuragi Bank", "finance"), ("Minato Bank", "finance"), ("Musashino University", "academia")] {
            #expect(try cli.run(["org", "add", name, "--sector", sector, "--country", "JP"]).status == 0)
        }
        #expect(try cli.run(["group", "add", "Financial sector", "--member", "Sakuragi Bank", "--member", "Minato Bank"]).status == 0)
        let apt1 = Self.testData.appendingPathComponent("stix21-oasis/examples/threat-reports/apt1.json").path
        let poisonIvy = Self.testData.appendingPathComponent("stix21-oasis/examples/threat-reports/poisonivy.json").path
        let shared = try cli.run(["import", apt1, "--org", "Sakuragi Bank", "--audience", "community", "--json"])
        #expect(shared.status == 0, "\(shared.stderr)")
        let summary = try JSON.parse(shared.stdout).objectValue?["files"]?.arrayValue?.first?.objectValue
        #expect(summary?["created"]?.intValue == 76)
        #expect(summary?["rejected"]?.intValue == 0)
        let grouped = try cli.run(["import", poisonIvy, "--org", "Sakuragi Bank", "--audience", "group:Financial sector"])
        #expect(grouped.stdout.contains("155 created"))
        let again = try cli.run(["import", apt1, "--org", "Sakuragi Bank", "--audience", "community"])
        #expect(again.stdout.contains("0 created, 0 new-version, 76 unchanged, 0 rejected"))

        func exported(_ organisation: String) throws -> Set<String> {
            let result = try cli.run(["export", "--org", organisation, "--format", "stix"])
            #expect(result.status == 0)
            let ids = try JSON.parse(result.stdout).objectValue?["objects"]?.arrayValue?.compactMap { $0.objectValue?["id"]?.stringValue } ?? []
            return Set(ids)
        }
        let apt1IDs = Set(
            try JSON.parse(Array(try Data(contentsOf: URL(fileURLWithPath: apt1)))).objectValue?["objects"]?.arrayValue?.compactMap {
                $0.objectValue?["id"]?.stringValue
            } ?? [])
        let ivyIDs = Set(
            try JSON.parse(Array(try Data(contentsOf: URL(fileURLWithPath: poisonIvy)))).objectValue?["objects"]?.arrayValue?.compactMap {
                $0.objectValue?["id"]?.stringValue
            } ?? [])
        let university = try exported("Musashino University")
        #expect(apt1IDs.isSubset(of: university))
        #expect(university.isDisjoint(with: ivyIDs.subtracting(apt1IDs)), "the group's report never reaches an outsider")
        let bank = try exported("Minato Bank")
        #expect(apt1IDs.union(ivyIDs).isSubset(of: bank))
    }

    @Test("pattern check accepts a valid pattern in canonical form and points at an error")
    func patternCheck() throws {
        let cli = try CLI.make()
        defer { cli.remove() }
        let valid = try cli.run(["pattern", "check", "[ipv4-addr:value ISSUBSET '198.51.100.0/24'] WITHIN 300 SECONDS"], database: false)
        #expect(valid.status == 0)
        #expect(valid.stdout.contains("ISSUBSET '198.51.100.0/24'"))
        let invalid = try cli.run(["pattern", "check", "[file:name = 'a.exe' AND]"], database: false)
        #expect(invalid.status == 1)
        #expect(invalid.stderr.contains("invalid pattern at offset"))
        #expect(invalid.stderr.contains("^"))
    }

    @Test("pattern match prints the observed-data that bound a match and exits 0, 1 or 2")
    func patternMatch() throws {
        let cli = try CLI.make()
        defer { cli.remove() }
        // STIX 2.0-style observed-data with an embedded `objects` dictionary, and a custom object type.
        let observed = """
            [{"type": "observed-data", "id": "observed-data--b67d30ff-02ac-498a-92f9-32f845f448cf",
              "first_observed": "2026-03-01T10:00:00Z", "last_observed": "2026-03-01T10:00:00Z", "number_observed": 1,
              "objects": {"0": {"type": "ipv4-addr", "value": "198.51.100.7"}, "1": {"type": "x-kizuna-session", "user": "mallory"}}}]
            """
        let file = cli.directory.appendingPathComponent("observed.json")
        try Data(observed.utf8).write(to: file)
        let hit = try cli.run(["pattern", "match", "[ipv4-addr:value ISSUBSET '198.51.100.0/24']", file.path], database: false)
        #expect(hit.status == 0, "\(hit.stderr)")
        #expect(hit.stdout == "observed-data--b67d30ff-02ac-498a-92f9-32f845f448cf\n")
        let custom = try cli.run(["pattern", "match", "[x-kizuna-session:user = 'mallory']", file.path], database: false)
        #expect(custom.status == 0, "\(custom.stderr)")
        let miss = try cli.run(["pattern", "match", "[ipv4-addr:value = '203.0.113.1']", file.path], database: false)
        #expect(miss.status == 1)
        #expect(miss.stdout.isEmpty)
        let badPattern = try cli.run(["pattern", "match", "[ipv4-addr:value = ]", file.path], database: false)
        #expect(badPattern.status == 2)
        #expect(badPattern.stderr.contains("invalid pattern at offset"))
        let missing = try cli.run(["pattern", "match", "[ipv4-addr:value = '1.2.3.4']", "/nonexistent.json"], database: false)
        #expect(missing.status == 2)
        #expect(missing.stderr.contains("cannot read"))
    }

    @Test("an import whose every object is refused exits non-zero and says why")
    func refusedImport() throws {
        let cli = try CLI.make()
        defer { cli.remove() }
        #expect(try cli.run(["org", "add", "Sakuragi Bank", "--sector", "finance", "--country", "JP"]).status == 0)
        let red = Fixtures.indicator(tlp: .red)
        let file = cli.directory.appendingPathComponent("red.json")
        try Data(STIXBundle.make(objects: [JSON.serialize(red)])).write(to: file)
        let result = try cli.run(["import", file.path, "--org", "Sakuragi Bank", "--audience", "community"])
        #expect(result.status != 0)
        #expect(result.stdout.contains("TLP:RED may not be shared with audience 'community'"))
        let unknownOrg = try cli.run(["import", file.path, "--org", "Nobody", "--audience", "community"])
        #expect(unknownOrg.stderr.contains("no organisation named 'Nobody'"))
    }
}
