import Foundation
import STIX
import Testing

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// `kizuna pull` and `kizuna push` against a real Kizuna server process.
@Suite(
    "TAXII pull and push", .serialized,
    .enabled(if: FileManager.default.fileExists(atPath: ServerProcess.executable.path), "build the kizuna executable first"))
struct PullPushTests {
    @Test("pull stores a remote collection once, keeps a bookmark; push sends only CLEAR and GREEN objects")
    func pullThenPush() async throws {
        let remote = try CLI.make()
        defer { remote.remove() }
        let server = ServerProcess(arguments: ["serve", "--database", remote.database, "--port", "0"], directory: remote.directory)
        try await server.start()
        defer { _ = server.terminate() }
        let admin = try #require(CrashRecoveryTests.adminKey(in: server.output))
        let collections = try await server.request("GET", "/taxii2/api/collections/", key: admin)
        let community = try #require(
            try JSON.parse(Array(collections.1)).objectValue?["collections"]?.arrayValue?
                .first { $0.objectValue?["title"] == "Community" }?.objectValue?["id"]?.stringValue)
        let shared = (0..<30).map { _ in Fixtures.indicator(tlp: .green) }
        let envelope = JSON.serialize(["objects": .array(shared)])
        var request = URLRequest(url: URL(string: "http://127.0.0.1:\(server.port)/taxii2/api/collections/\(community)/objects/")!)
        request.httpMethod = "POST"
        request.httpBody = Data(envelope)
        request.setValue("application/taxii+json;version=2.1", forHTTPHeaderField: "Content-Type")
        request.setValue("Bearer \(admin)", forHTTPHeaderField: "Authorization")
        let (_, response) = try await URLSession.shared.data(for: request)
        #expect((response as? HTTPURLResponse)?.statusCode == 202)

        let local = try CLI.make()
        defer { local.remove() }
        #expect(try local.run(["org", "add", "Tsubame Net", "--sector", "isp", "--country", "JP"]).status == 0)
        let root = "http://127.0.0.1:\(server.port)/taxii2/api/"
        let arguments = [
            "pull", root, "--collection", community, "--password", admin, "--org", "Tsubame Net", "--audience", "community", "--limit", "7",
        ]
        let first = try local.run(arguments)
        #expect(first.status == 0, "\(first.stderr)")
        // The remote community collection also holds the platform objects and the instance's identity.
        let pulled = try #require(first.stdout.split(separator: " ").dropFirst().first.flatMap { Int($0) })
        #expect(pulled >= shared.count)
        #expect(first.stdout.contains("0 rejected"))
        let second = try local.run(arguments)
        #expect(second.stdout.hasPrefix("pulled 0 objects"), "the bookmark asks only for what is new: \(second.stdout)")
        let export = try local.run(["export", "--org", "Tsubame Net", "--format", "stix"])
        let ids = Set(try JSON.parse(export.stdout).objectValue?["objects"]?.arrayValue?.compactMap { $0.objectValue?["id"]?.stringValue } ?? [])
        let sharedIDs = Set(shared.compactMap { $0.objectValue?["id"]?.stringValue })
        #expect(sharedIDs.isSubset(of: ids))

        // Push: a RED object stays home; GREEN ones go.
        let red = local.directory.appendingPathComponent("red.json")
        try Data(STIXBundle.make(objects: [JSON.serialize(Fixtures.indicator(tlp: .red))])).write(to: red)
        #expect(try local.run(["import", red.path, "--org", "Tsubame Net", "--audience", "organisation"]).status == 0)
        let green = local.directory.appendingPathComponent("green.json")
        let mine = (0..<3).map { _ in Fixtures.indicator(tlp: .green) }
        try Data(STIXBundle.make(objects: mine.map { JSON.serialize($0) })).write(to: green)
        #expect(try local.run(["import", green.path, "--org", "Tsubame Net", "--audience", "community"]).status == 0)
        let push = try local.run(["push", root, "--collection", community, "--password", admin, "--org", "Tsubame Net", "--type", "indicator"])
        #expect(push.status == 0, "\(push.stderr)")
        // The 30 pulled indicators are now Tsubame Net's too: the remote reports them as duplicates.
        #expect(push.stdout.hasPrefix("pushed 33 objects: 3 succeeded, 30 failed"), "\(push.stdout)")
        #expect(push.stdout.contains("duplicate"))
    }
}
