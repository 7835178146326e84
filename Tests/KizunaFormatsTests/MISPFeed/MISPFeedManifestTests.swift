import Foundation
import KizunaFormats
import STIX
import Testing

@Suite("MISP feed manifest, hashes and identifiers")
struct MISPFeedManifestTests {
    private func twoEvents() throws -> (MISPFeedBuilder, [MISPFeedFile]) {
        var builder = MISPFeedBuilder(orgName: MISPFeedFixtures.orgName, orgUUID: MISPFeedFixtures.orgUUID)
        let objects = MISPFeedFixtures.mixedIndicators
        let first = try builder.event(report: MISPFeedFixtures.report(objects), tlp: .green, objects: objects)
        let date = try #require(Timestamp("2024-06-30T12:00:00Z"))
        let second = try builder.event(
            uuid: "6f1e2d3c-4b5a-4968-8776-655443322110", info: "Loose", date: date, tlp: .clear, objects: [objects[0]])
        return (builder, [first, second])
    }

    @Test("the manifest has one entry per event with PyMISP's fields, numbers as numbers")
    func manifest() throws {
        let (builder, _) = try self.twoEvents()
        let file = builder.manifest()
        #expect(file.name == "manifest.json")
        let manifest = try #require(try JSON.parse(file.contents).objectValue)
        #expect(manifest.keys == [MISPFeedFixtures.reportUUID, "6f1e2d3c-4b5a-4968-8776-655443322110"])
        let entry = try #require(manifest[MISPFeedFixtures.reportUUID]?.objectValue)
        #expect(entry.keys == ["Orgc", "Tag", "info", "date", "analysis", "threat_level_id", "timestamp"])
        #expect(entry["Orgc"] == ["name": .string(MISPFeedFixtures.orgName), "uuid": .string(MISPFeedFixtures.orgUUID)])
        #expect(entry["Tag"]?.arrayValue?.first?["name"] == "tlp:green")
        #expect(entry["info"] == "Phishing wave against banks")
        #expect(entry["date"] == "2024-02-01")
        #expect(entry["analysis"] == 2)
        #expect(entry["threat_level_id"] == 4)
        #expect(entry["timestamp"] == 1_714_979_289)
    }

    @Test("hashes.csv lists the MD5 of every attribute value with its event's UUID")
    func hashes() throws {
        let (builder, events) = try self.twoEvents()
        let file = builder.hashes()
        #expect(file.name == "hashes.csv")
        let lines = String(decoding: file.contents, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.count == 10 + 1 + 1)
        #expect(lines.last == "")
        #expect(lines.first == "526291673f8700ef4e4902e29550a03b,\(MISPFeedFixtures.reportUUID)")
        #expect(lines[10] == "526291673f8700ef4e4902e29550a03b,6f1e2d3c-4b5a-4968-8776-655443322110")
        let values = try events.flatMap { try MISPFeedFixtures.event($0)["Attribute"]?.arrayValue ?? [] }
        #expect(values.count == 11)
        for (line, attribute) in zip(lines, values) {
            #expect(line.hasPrefix(MISPFeedHash.key(of: attribute["value"]?.stringValue ?? "") + ","))
        }
    }

    @Test("the hashes.csv key is MD5: RFC 1321's test-suite digests and Python's for non-ASCII and multi-block input")
    func md5Vectors() {
        let vectors = [
            ("", "d41d8cd98f00b204e9800998ecf8427e"), ("a", "0cc175b9c0f1b6a831c399e269772661"),
            ("abc", "900150983cd24fb0d6963f7d28e17f72"), ("message digest", "f96b697d7cb7938d525a2f31aaf161d0"),
            ("abcdefghijklmnopqrstuvwxyz", "c3fcd3d76192e4007dfb496cca67e13b"),
            ("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789", "d174ab98d277d9f5a5611c2c9f419d9f"),
            (String(repeating: "1234567890", count: 8), "57edf4a22be3c955ac49da2e2107b67a"),
            ("例え.jp", "341463955e0293d24e02d301482a2fa4"), (String(repeating: "a", count: 1000), "cabe45dcc9ae5b66ba86600cca6b8ba8"),
        ]
        for (text, digest) in vectors {
            #expect(MISPFeedHash.key(of: text) == digest, "\(text.prefix(20))")
        }
    }

    @Test(
        "the MD5 of every attribute value of PyMISP's real feed is the line PyMISP wrote in its hashes.csv",
        .enabled(if: MISPFeedFixtures.dataDirectory != nil, "needs KIZUNA_TEST_DATA (../shared/data)"))
    func realFeedHashes() throws {
        let directory = try #require(MISPFeedFixtures.dataDirectory).appendingPathComponent("misp-feed")
        let csv = try String(contentsOf: directory.appendingPathComponent("hashes.csv"), encoding: .utf8)
        let expected = Set(csv.split(separator: "\n").map(String.init))
        var computed: Set<String> = []
        for name in try FileManager.default.contentsOfDirectory(atPath: directory.path) where name.hasSuffix(".json") && name != "manifest.json" {
            let event = try #require(try MISPFeedFixtures.data("misp-feed/" + name)["Event"])
            let uuid = try #require(event["uuid"]?.stringValue)
            let attributes =
                (event["Attribute"]?.arrayValue ?? []) + (event["Object"]?.arrayValue ?? []).flatMap { $0["Attribute"]?.arrayValue ?? [] }
            for attribute in attributes {
                let type = attribute["type"]?.stringValue ?? ""
                let value = attribute["value"]?.stringValue ?? ""
                // PyMISP hashes each part of composite types (`filename|md5`, `malware-sample`) on its own, and a
                // `datetime` as Python prints the datetime it parsed (the feed exports none of these types).
                let parts =
                    type.contains("|") || type == "malware-sample"
                    ? value.split(separator: "|", omittingEmptySubsequences: false).map(String.init)
                    : type == "datetime" ? [value.replacingOccurrences(of: "T", with: " ")] : [value]
                for part in parts { computed.insert(MISPFeedHash.key(of: part) + "," + uuid) }
            }
        }
        #expect(expected.count > 1000)
        #expect(computed == expected)
    }

    @Test("attribute UUIDs are the UUIDv5 of event UUID, indicator id and value: exports repeat byte for byte, events never share one")
    func deterministicUUIDs() throws {
        let (builderA, eventsA) = try self.twoEvents()
        let (builderB, eventsB) = try self.twoEvents()
        #expect(eventsA == eventsB)
        #expect(builderA.manifest() == builderB.manifest())
        #expect(builderA.hashes() == builderB.hashes())
        let attribute = try MISPFeedFixtures.event(eventsA[0])["Attribute"]?.arrayValue?.first
        // Python: uuid.uuid5(uuid.UUID("5bb5d0ec-…-7092281d11df"), "5a0d5bf4-…-22b1950d210f/indicator--8e2e…cd3f/198.51.100.7")
        #expect(attribute?["uuid"] == "671b291a-9449-5d40-bca5-1856439c6705")
        let uuids = try eventsA.flatMap { try MISPFeedFixtures.event($0)["Attribute"]?.arrayValue ?? [] }.compactMap { $0["uuid"]?.stringValue }
        // The second event holds the first indicator again, under another UUID.
        #expect(uuids.count == 11)
        #expect(Set(uuids).count == 11)
    }
}
