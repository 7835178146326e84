import Foundation
import KizunaFormats
import STIX
import Testing

/// Bad input is refused with an error that says where the problem is.
@Suite("MISP import errors name the position or path of bad input")
struct MISPMalformedInputTests {
    static let eventUUID = "0b9b1b43-6c63-4c5e-9f4a-2f0c2a7e5d11"

    static func event(_ members: [(String, JSONValue)]) -> [UInt8] {
        var event = JSONObject([("uuid", .string(Self.eventUUID)), ("info", "bad input"), ("timestamp", "1603642920")])
        for (key, value) in members { event[key] = value }
        return JSON.serialize(["response": [["Event": .object(event)]]])
    }

    static func error(_ bytes: [UInt8]) -> MISPImportError? {
        do {
            _ = try MISPImporter.convert(bytes, source: "input.json")
            return nil
        } catch {
            return error
        }
    }

    @Test("truncated JSON gives the line and column where it ends")
    func truncated() throws {
        let text = "{\"Event\": {\n  \"uuid\": \"\(Self.eventUUID)\",\n  \"info\": \"cut"
        let error = try #require(Self.error(Array(text.utf8)))
        guard case .syntax(let syntax) = error.location else {
            Issue.record("expected a syntax error, got \(error)")
            return
        }
        #expect(syntax.line == 3)
        let thirdLine = text.utf8.count - "  \"info\": \"cut".utf8.count
        #expect((thirdLine...text.utf8.count).contains(syntax.offset))
        #expect(error.description.hasPrefix("input.json: line 3, column "))
    }

    @Test(
        "a value of the wrong type names its JSON path",
        arguments: [
            (
                Self.event([("Attribute", [["type": "domain", "value": ["not": "text"]]])]), "$.response[0].Event.Attribute[0].value",
                "expected a string, found object"
            ),
            (Self.event([("Attribute", ["type": "domain"])]), "$.response[0].Event.Attribute", "expected an array, found object"),
            (Self.event([("Attribute", [["value": "example.com"]])]), "$.response[0].Event.Attribute[0].type", "missing required string"),
            (
                Self.event([("Attribute", [["type": "domain", "value": "a.example", "to_ids": "maybe"]])]), "$.response[0].Event.Attribute[0].to_ids",
                "expected a boolean, found string"
            ),
            (Self.event([("timestamp", "yesterday")]), "$.response[0].Event.timestamp", "'yesterday' is not a Unix timestamp in seconds"),
            (Self.event([("uuid", "not-a-uuid")]), "$.response[0].Event.uuid", "'not-a-uuid' is not a UUID"),
            (
                Self.event([("Object", [["name": "file", "Attribute": "none"]])]), "$.response[0].Event.Object[0].Attribute",
                "expected an array, found string"
            ),
            (
                Self.event([("Galaxy", [["type": "mitre-malware", "GalaxyCluster": [["uuid": "b8eb28e4-48a6-40ae-951a-328714f75eda"]]]])]),
                "$.response[0].Event.Galaxy[0].GalaxyCluster[0].value", "missing required string"
            ),
            (JSON.serialize(["response": [["event": [:]]]]), "$.response[0]", "expected an object with an 'Event' member"),
            (JSON.serialize(["response": "none"]), "$.response", "expected an array of {\"Event\": …} objects, found string"),
            (
                JSON.serialize(["name": "not MISP"]), "$",
                "not a MISP event: expected {\"Event\": …}, {\"response\": [{\"Event\": …}]} or [{\"Event\": …}]"
            ),
        ] as [([UInt8], String, String)]
    )
    func wrongShape(_ input: [UInt8], _ path: String, _ message: String) throws {
        let error = try #require(Self.error(input))
        #expect(error.path == path)
        #expect(error.message == message)
        #expect(error.description == "input.json: \(path): \(message)")
    }

    @Test("a bad value in one attribute skips that attribute with the reason, not the event")
    func badValueSkipsItem() throws {
        let attributes: [JSONValue] = [
            ["uuid": "4bb235a7-7d25-4aef-802f-2c6b45c5eceb", "type": "ip-dst", "value": "999.1.1.1", "to_ids": true],
            ["uuid": "726f90e2-2ad6-44a2-b345-c05e55e850e5", "type": "ip-dst|port", "value": "1.2.3.4|http", "to_ids": true],
            ["uuid": "02de0847-dccf-481a-a96a-6a7654328658", "type": "domain|ip", "value": "example.com", "to_ids": true],
            ["uuid": "2972c3a2-dda3-4de7-aca1-e96cf7ce5544", "type": "AS", "value": "ASX"],
            ["uuid": "91ae0a21-c7ae-4c7f-b84b-b84a7ce53d1f", "type": "domain", "value": "ok.example", "to_ids": true],
        ]
        let conversion = try #require(try MISPImporter.convert(Self.event([("Attribute", .array(attributes))]), source: "input.json").first)
        #expect(
            conversion.items.map(\.skipped) == [
                "'999.1.1.1' is not an IPv4 or IPv6 address",
                "'http' is not a port number (0–65535)",
                "'domain|ip' value 'example.com' is not of the form 'first|second'",
                "'ASX' is not an AS number",
                nil,
            ])
        MISPConversionChecks.expectValid(conversion.objects, "bad values")
    }

    @Test("a feed without a manifest, or with an entry whose file is missing, names the file")
    func feedErrors() throws {
        let directory = try ExternalTool.temporaryDirectory("misp-feed")
        defer { try? FileManager.default.removeItem(at: directory) }
        #expect(throws: MISPImportError.self) { try MISPImporter.convertFeed(directory: directory.path) }
        do {
            _ = try MISPImporter.convertFeed(directory: directory.path)
        } catch {
            #expect(error.source.hasSuffix("/manifest.json") && error.location == .file && error.message == "no such file")
        }
        let manifest: JSONValue = [Self.eventUUID: ["info": "missing event"]]
        try Data(JSON.serialize(manifest)).write(to: directory.appendingPathComponent("manifest.json"))
        do {
            _ = try MISPImporter.convertFeed(directory: directory.path)
            Issue.record("a manifest entry without its event file was accepted")
        } catch {
            #expect(error.source.hasSuffix("/\(Self.eventUUID).json") && error.message == "no such file")
        }
        let other: JSONValue = ["Event": ["uuid": "4bb235a7-7d25-4aef-802f-2c6b45c5eceb", "info": "other", "timestamp": "1603642920"]]
        try Data(JSON.serialize(other)).write(to: directory.appendingPathComponent("\(Self.eventUUID).json"))
        do {
            _ = try MISPImporter.convertFeed(directory: directory.path)
            Issue.record("an event file with another uuid was accepted")
        } catch {
            #expect(error.path == "$.Event.uuid")
        }
    }
}
