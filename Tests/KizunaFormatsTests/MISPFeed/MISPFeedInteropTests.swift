import Foundation
import KizunaFormats
import STIX
import Testing

/// Runs the real PyMISP (through `Tests/Interop/misp_feed_check.py`) on a feed written by ``MISPFeedBuilder``.
///
/// Set `KIZUNA_PYMISP_PYTHON` to a Python that has `pymisp` installed; set `KIZUNA_MISP_FEED_DIR` to keep the
/// written feed (`feed/` and `feed.tar`, replaced on each run) in that directory instead of a temporary one.
@Suite(
    "MISP feed read by PyMISP",
    .enabled(if: ProcessInfo.processInfo.environment["KIZUNA_PYMISP_PYTHON"] != nil, "needs KIZUNA_PYMISP_PYTHON (a python with pymisp)"),
    .enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/tar"), "needs /usr/bin/tar"))
struct MISPFeedInteropTests {
    private static let checker = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Interop/misp_feed_check.py")

    /// A feed of two reports (one with ATT&CK objects, one RED) and a loose-indicator event.
    private func feed() throws -> [MISPFeedFile] {
        var builder = MISPFeedBuilder(orgName: MISPFeedFixtures.orgName, orgUUID: MISPFeedFixtures.orgUUID)
        let attack = [
            MISPFeedFixtures.sdo("attack-pattern", "7a1b2c3d-4e5f-4a6b-8c7d-8e9f0a1b2c3d", name: "Spearphishing Attachment", attackID: "T1566.001"),
            MISPFeedFixtures.sdo("malware", "8a1b2c3d-4e5f-4a6b-8c7d-8e9f0a1b2c3d", name: "Emotet", attackID: "S0367"),
            MISPFeedFixtures.sdo("threat-actor", "9a1b2c3d-4e5f-4a6b-8c7d-8e9f0a1b2c3d", name: "Fancy Bear"),
        ]
        let marked = MISPFeedFixtures.indicator(
            "4d4d4d4d-4d4d-4d4d-8d4d-4d4d4d4d4d4d", "[url:value = 'https://login.example-bank.test/verify?id=1']",
            name: "Phishing \"login\" page", extra: [("object_marking_refs", [.string(TLPMarking.markingRef(for: .red))])])
        let first = MISPFeedFixtures.mixedIndicators + attack + [marked]
        var files = [try builder.event(report: MISPFeedFixtures.report(first), tlp: .amber, objects: first)]
        let second: JSONValue = [
            "type": "report", "spec_version": "2.1", "id": "report--1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f",
            "created": "2024-04-01T00:00:00.000Z", "modified": "2024-04-02T00:00:00.000Z", "published": "2024-04-01T00:00:00Z",
            "name": "銀行を狙うフィッシング", "object_refs": ["indicator--8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f"],
        ]
        files.append(try builder.event(report: second, tlp: .red, objects: [MISPFeedFixtures.mixedIndicators[0]]))
        let date = try #require(Timestamp("2024-06-30T12:00:00.000Z"))
        let loose = [MISPFeedFixtures.indicator("5e5e5e5e-5e5e-4e5e-8e5e-5e5e5e5e5e5e", "[domain-name:value = 'loose.example.org']")]
        files.append(
            try builder.event(uuid: "6f1e2d3c-4b5a-4968-8776-655443322110", info: "Loose indicators", date: date, tlp: .clear, objects: loose))
        return files + [builder.manifest(), builder.hashes()]
    }

    private func run(_ executable: String, _ arguments: [String]) throws -> (Int32, String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        let output = Pipe()
        process.standardOutput = output
        let errors = Pipe()
        process.standardError = errors
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        let messages = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data + messages, as: UTF8.self))
    }

    @Test("PyMISP loads every event of a feed that went through a tar archive, and reads back its attributes, tags and UUIDs")
    func pymispReadsFeed() throws {
        let python = try #require(ProcessInfo.processInfo.environment["KIZUNA_PYMISP_PYTHON"])
        let files = try self.feed()
        let root =
            ProcessInfo.processInfo.environment["KIZUNA_MISP_FEED_DIR"].map { URL(fileURLWithPath: $0) }
            ?? FileManager.default.temporaryDirectory.appendingPathComponent("kizuna-misp-feed-\(UUID().uuidString)")
        let directory = root.appendingPathComponent("feed")
        let tarFile = root.appendingPathComponent("feed.tar")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        // Only what this test writes is replaced, never the rest of a given directory.
        for written in [directory, tarFile] where FileManager.default.fileExists(atPath: written.path) {
            try FileManager.default.removeItem(at: written)
        }
        var archive: [UInt8] = []
        for file in files {
            archive += try TarArchive.entry(name: "feed/" + file.name, contents: file.contents, modified: Date(timeIntervalSince1970: 1_719_748_800))
        }
        archive += TarArchive.end()
        try Data(archive).write(to: tarFile)
        let (tarStatus, tarOutput) = try self.run("/usr/bin/tar", ["-xf", tarFile.path, "-C", root.path])
        #expect(tarStatus == 0, "\(tarOutput)")

        let (status, problems) = try self.run(python, [Self.checker.path, directory.path])
        #expect(status == 0, "\(problems)")
        #expect(problems.isEmpty, "\(problems)")

        let (summaryStatus, summaryText) = try self.run(python, [Self.checker.path, "--summary", directory.path])
        try #require(summaryStatus == 0, "\(summaryText)")
        let summary = try JSON.parse(summaryText)
        let events = try files.filter { $0.name.hasSuffix(".json") && $0.name != "manifest.json" }.map { try MISPFeedFixtures.event($0) }
        #expect(summary.objectValue?.count == events.count)
        for event in events {
            let uuid = try #require(event["uuid"]?.stringValue)
            let loaded = try #require(summary[uuid], "PyMISP did not load \(uuid)")
            #expect(loaded["info"] == event["info"])
            #expect(loaded["date"] == event["date"])
            #expect(loaded["tags"] == .array((event["Tag"]?.arrayValue ?? []).compactMap { $0["name"] }))
            let written = event["Attribute"]?.arrayValue ?? []
            let read = loaded["attributes"]?.arrayValue ?? []
            #expect(read.count == written.count)
            for (mine, theirs) in zip(written, read) {
                for key in ["uuid", "type", "category", "value", "to_ids", "comment"] {
                    #expect(theirs[key] == mine[key], "\(uuid) \(key)")
                }
                #expect(theirs["tags"] == .array((mine["Tag"]?.arrayValue ?? []).compactMap { $0["name"] }))
            }
        }
    }
}
