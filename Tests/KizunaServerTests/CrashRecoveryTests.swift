import Foundation
import KizunaCore
import KizunaSQLite
import STIX
import Testing

/// Kill the server with SIGKILL in the middle of a large import: after a restart every
/// acknowledged object is there and the database passes `PRAGMA integrity_check`.
@Suite("Crash recovery", .serialized)
struct CrashRecoveryTests {
    static func adminKey(in output: String) -> String? {
        output.split(separator: "\n").first { $0.contains("Admin API key") }?.split(separator: " ").last.map(String.init)
    }

    @Test(
        "no acknowledged object is lost when the server is killed during an import",
        .enabled(if: FileManager.default.fileExists(atPath: ServerProcess.executable.path), "build the kizuna executable first"))
    func killDuringImport() async throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("kizuna-crash-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let database = directory.appendingPathComponent("kizuna.sqlite").path
        let server = ServerProcess(arguments: ["serve", "--database", database, "--port", "0"], directory: directory)
        try await server.start()
        let key = try #require(Self.adminKey(in: server.output))

        // Several clients import concurrently; the server is killed while requests are in flight.
        let acknowledged = try await withThrowingTaskGroup(of: [String].self) { group in
            for _ in 0..<3 {
                group.addTask {
                    var mine: [String] = []
                    for _ in 0..<200 {
                        let objects = (0..<250).map { _ in Fixtures.indicator(tlp: .green) }
                        let ids = objects.compactMap { $0.objectValue?["id"]?.stringValue }
                        let bundle = STIXBundle.make(objects: objects.map { JSON.serialize($0) })
                        guard let (status, _) = try? await server.request("POST", "/api/v1/bundles?audience=community", key: key, body: Data(bundle)),
                            status == 200
                        else { break }
                        mine += ids
                    }
                    return mine
                }
            }
            group.addTask {
                try await Task.sleep(for: .seconds(3))
                server.kill()
                return []
            }
            return try await group.reduce(into: []) { $0 += $1 }
        }
        #expect(acknowledged.count > 0, "some bundles were acknowledged before the kill")
        #expect(acknowledged.count < 3 * 200 * 250, "the kill happened during the import")

        let restarted = ServerProcess(arguments: ["serve", "--database", database, "--port", "0"], directory: directory)
        try await restarted.start()
        let (status, body) = try await restarted.request("GET", "/api/v1/export?format=stix", key: key)
        #expect(status == 200)
        let exported = Set(try JSON.parse(Array(body)).objectValue?["objects"]?.arrayValue?.compactMap { $0.objectValue?["id"]?.stringValue } ?? [])
        let missing = acknowledged.filter { !exported.contains($0) }
        #expect(missing.isEmpty, "\(missing.count) acknowledged objects are missing")
        #expect(restarted.terminate() == 0, "SIGTERM shuts the server down gracefully")
        let prefix = try #require(APIKeySecret.parse(token: key)?.prefix)
        #expect(restarted.output.contains("key=\(prefix)"), "the access log names the key by its prefix")
        #expect(!restarted.output.contains(key), "the access log never holds a whole key")
        #expect(try await SQLiteStore(path: database).integrityCheck() == ["ok"])
    }
}
