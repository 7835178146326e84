import Foundation
import KizunaFormats
import STIX
import Testing

@Suite("MISP feed events")
struct MISPFeedEventTests {
    private func build(_ objects: [JSONValue], tlp: TLP = .green) throws -> JSONValue {
        var builder = MISPFeedBuilder(orgName: MISPFeedFixtures.orgName, orgUUID: MISPFeedFixtures.orgUUID)
        let file = try builder.event(report: MISPFeedFixtures.report(objects), tlp: tlp, objects: objects)
        #expect(file.name == MISPFeedFixtures.reportUUID + ".json")
        return try MISPFeedFixtures.event(file)
    }

    @Test("every exact observable of a report's indicators becomes one attribute; non-exact, revoked and non-STIX ones do not")
    func attributesPerExactObservable() throws {
        let event = try self.build(MISPFeedFixtures.mixedIndicators)
        #expect(
            MISPFeedFixtures.typesAndValues(event) == [
                ["ip-dst", "198.51.100.7"], ["ip-dst", "203.0.113.0/24"], ["ip-dst", "2001:db8::1"],
                ["domain", "evil.example.com"], ["url", "http://evil.example.com/login"],
                ["email-src", "billing@evil.example.com"],
                ["md5", "44d88612fea8a8f36de82e1278abb02f"], ["sha1", "3395856ce81f2b7382dee72602f798b642f14140"],
                ["sha256", "275a021bbfb6489e54d471899f7db9d1663fc695ec2fe2a2c4538aabf651fd0f"],
                ["sha512", String(repeating: "ab", count: 64)],
            ])
        for attribute in event["Attribute"]?.arrayValue ?? [] {
            #expect(attribute["to_ids"] == true)
            #expect(attribute["distribution"] == "5")
            #expect(attribute["disable_correlation"] == false)
        }
    }

    @Test("an attribute's category, comment, timestamp and field order are what PyMISP's to_feed writes")
    func attributeShape() throws {
        let event = try self.build(MISPFeedFixtures.mixedIndicators)
        let attributes = try #require(event["Attribute"]?.arrayValue)
        let first = try #require(attributes.first?.objectValue)
        #expect(
            first.keys == ["category", "comment", "disable_correlation", "distribution", "timestamp", "to_ids", "type", "uuid", "value"])
        #expect(first["category"] == "Network activity")
        #expect(first["comment"] == "indicator--8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f: C2 server")
        #expect(attributes[1]["comment"] == "indicator--0f9a9d4e-7c4b-4a55-8a3f-1a2b3c4d5e01")
        // 2024-03-01T10:00:00Z, the indicator's modified.
        #expect(first["timestamp"] == "1709287200")
        #expect(attributes[3]["timestamp"] == "1714979289")
        let categories = attributes.map { [$0["type"]?.stringValue ?? "", $0["category"]?.stringValue ?? ""] }
        #expect(categories.contains(["email-src", "Payload delivery"]))
        #expect(categories.contains(["sha512", "Payload delivery"]))
    }

    @Test(
        "every attribute's category is its type's default category in MISP's describeTypes.json",
        .enabled(if: MISPFeedFixtures.dataDirectory != nil, "needs KIZUNA_TEST_DATA (../shared/data)"))
    func categoriesFollowDescribeTypes() throws {
        let describe = try MISPFeedFixtures.data("misp-format/describeTypes.json")
        let root = describe["result"] ?? describe
        let event = try self.build(MISPFeedFixtures.mixedIndicators)
        for attribute in event["Attribute"]?.arrayValue ?? [] {
            let type = try #require(attribute["type"]?.stringValue)
            let defaults = try #require(root["sane_defaults"]?[type], "\(type) is not a MISP type")
            #expect(attribute["category"] == defaults["default_category"], "\(type)")
            let allowed = root["category_type_mappings"]?[attribute["category"]?.stringValue ?? ""]?.stringArrayValue ?? []
            #expect(allowed.contains(type))
        }
    }

    @Test("the event carries the report's UUID, name, date and latest timestamp, and the exporting organisation")
    func eventHeader() throws {
        let event = try self.build(MISPFeedFixtures.mixedIndicators)
        let object = try #require(event.objectValue)
        #expect(
            object.keys == [
                "analysis", "date", "distribution", "extends_uuid", "info", "protected", "publish_timestamp", "published",
                "threat_level_id", "timestamp", "uuid", "Orgc", "Tag", "Attribute",
            ])
        #expect(event["uuid"] == .string(MISPFeedFixtures.reportUUID))
        #expect(event["info"] == "Phishing wave against banks")
        #expect(event["date"] == "2024-02-01")
        // The latest indicator modified (2024-05-06T07:08:09Z) is after the report's.
        #expect(event["timestamp"] == "1714979289")
        #expect(event["published"] == true)
        #expect(event["analysis"] == "2")
        #expect(event["threat_level_id"] == "4")
        #expect(event["Orgc"] == ["name": .string(MISPFeedFixtures.orgName), "uuid": .string(MISPFeedFixtures.orgUUID)])
    }

    @Test("a report without indicators still gives an event, dated by its own modified time and without attributes")
    func reportWithoutIndicators() throws {
        let event = try self.build([MISPFeedFixtures.sdo("identity", "9d0b2a6e-64ac-4c1f-8d2c-41fa2fbd6d1a", name: "ACME")])
        #expect(event["Attribute"] == nil)
        #expect(event["timestamp"] == "1706779800")
    }

    @Test("the same value from two indicators is one attribute, the first indicator's")
    func duplicateValuesKeptOnce() throws {
        let objects = [
            MISPFeedFixtures.indicator("1a1a1a1a-1a1a-4a1a-8a1a-1a1a1a1a1a1a", "[domain-name:value = 'dup.example.net']", name: "first"),
            MISPFeedFixtures.indicator("2b2b2b2b-2b2b-4b2b-8b2b-2b2b2b2b2b2b", "[domain-name:value = 'DUP.example.net.']", name: "second"),
        ]
        let event = try self.build(objects)
        #expect(MISPFeedFixtures.typesAndValues(event) == [["domain", "dup.example.net"]])
        #expect(event["Attribute"]?.arrayValue?.first?["comment"] == "indicator--1a1a1a1a-1a1a-4a1a-8a1a-1a1a1a1a1a1a: first")
    }

    @Test("an indicator with its own TLP marking carries it as an attribute tag")
    func indicatorTLPTag() throws {
        let red = TLPMarking.markingRef(for: .red)
        let objects = [
            MISPFeedFixtures.indicator(
                "3c3c3c3c-3c3c-4c3c-8c3c-3c3c3c3c3c3c", "[ipv4-addr:value = '192.0.2.77']", extra: [("object_marking_refs", [.string(red)])])
        ]
        let event = try self.build(objects, tlp: .amber)
        #expect(event["Attribute"]?.arrayValue?.first?["Tag"]?.arrayValue?.first?["name"] == "tlp:red")
    }

    @Test("a grouping is dated by its created time")
    func grouping() throws {
        let grouping: JSONValue = [
            "type": "grouping", "spec_version": "2.1", "id": "grouping--84e4d88f-44ea-4bcd-bbf3-b2c1c320bcb3",
            "created": "2023-11-30T23:59:59.000Z", "modified": "2023-12-01T00:00:00.000Z", "context": "suspicious-activity",
            "object_refs": ["indicator--8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f"],
        ]
        var builder = MISPFeedBuilder(orgName: "A", orgUUID: MISPFeedFixtures.orgUUID)
        let file = try builder.event(report: grouping, tlp: .clear, objects: [MISPFeedFixtures.mixedIndicators[0]])
        let event = try MISPFeedFixtures.event(file)
        #expect(event["date"] == "2023-11-30")
        #expect(event["info"] == "grouping--84e4d88f-44ea-4bcd-bbf3-b2c1c320bcb3")
        #expect(event["uuid"] == "84e4d88f-44ea-4bcd-bbf3-b2c1c320bcb3")
    }

    @Test("loose indicators form one event with the given UUID, title and date")
    func looseEvent() throws {
        var builder = MISPFeedBuilder(orgName: "A", orgUUID: MISPFeedFixtures.orgUUID)
        let date = try #require(Timestamp("2024-06-30T12:00:00.000Z"))
        let uuid = "6F1E2D3C-4B5A-4968-8776-655443322110"
        let file = try builder.event(
            uuid: uuid, info: "Loose indicators", date: date, tlp: .amber, objects: Array(MISPFeedFixtures.mixedIndicators.prefix(2)))
        #expect(file.name == uuid.lowercased() + ".json")
        let event = try MISPFeedFixtures.event(file)
        #expect(event["info"] == "Loose indicators")
        #expect(event["date"] == "2024-06-30")
        #expect(event["timestamp"] == "1719748800")
        #expect(MISPFeedFixtures.typesAndValues(event).count == 2)
    }

    @Test("bad input is refused with an error that says what is wrong")
    func errors() throws {
        var builder = MISPFeedBuilder(orgName: "A", orgUUID: MISPFeedFixtures.orgUUID)
        let indicator = MISPFeedFixtures.mixedIndicators[0]
        #expect(throws: MISPFeedError.notAReport(type: "indicator")) { try builder.event(report: indicator, tlp: .clear, objects: []) }
        let badID: JSONValue = ["type": "report", "id": "report--not-a-uuid", "published": "2024-01-01T00:00:00Z"]
        #expect(throws: MISPFeedError.invalidReportID("report--not-a-uuid")) { try builder.event(report: badID, tlp: .clear, objects: []) }
        let undated: JSONValue = ["type": "report", "id": .string(MISPFeedFixtures.reportID), "modified": "yesterday"]
        #expect(throws: MISPFeedError.missingTimestamp(reportID: MISPFeedFixtures.reportID)) {
            try builder.event(report: undated, tlp: .clear, objects: [])
        }
        let date = try #require(Timestamp("2024-06-30T12:00:00Z"))
        #expect(throws: MISPFeedError.invalidEventUUID("1234")) {
            try builder.event(uuid: "1234", info: "x", date: date, tlp: .clear, objects: [])
        }
        let uuid = "6f1e2d3c-4b5a-4968-8776-655443322110"
        #expect(throws: MISPFeedError.emptyInfo(eventUUID: uuid)) { try builder.event(uuid: uuid, info: "", date: date, tlp: .clear, objects: []) }
        _ = try builder.event(report: MISPFeedFixtures.report([]), tlp: .clear, objects: [])
        #expect(throws: MISPFeedError.duplicateEvent(uuid: MISPFeedFixtures.reportUUID)) {
            try builder.event(report: MISPFeedFixtures.report([]), tlp: .clear, objects: [])
        }
        #expect(MISPFeedError.invalidEventUUID("1234").description.contains("\"1234\" is not an RFC 4122 UUID"))
    }
}
