import Foundation
import KizunaFormats
import STIX
import Testing

/// STIX objects and helpers for the MISP feed tests.
enum MISPFeedFixtures {
    static let reportID = "report--5a0d5bf4-99c8-4f15-9879-22b1950d210f"
    static let reportUUID = "5a0d5bf4-99c8-4f15-9879-22b1950d210f"
    static let orgName = "Kizuna Test CSIRT"
    static let orgUUID = "0b3e9c1e-6e53-4a5f-9c8e-2f4f6d0b7a11"

    /// An indicator with `pattern`, modified at `modified`.
    static func indicator(
        _ uuid: String, _ pattern: String, name: String? = nil, modified: String = "2024-03-01T10:00:00.000Z",
        extra: [(String, JSONValue)] = []
    ) -> JSONValue {
        var members: [(String, JSONValue)] = [
            ("type", "indicator"), ("spec_version", "2.1"), ("id", .string("indicator--" + uuid)),
            ("created", "2024-01-01T00:00:00.000Z"), ("modified", .string(modified)),
            ("pattern", .string(pattern)), ("pattern_type", "stix"), ("valid_from", "2024-01-01T00:00:00Z"),
        ]
        if let name { members.append(("name", .string(name))) }
        members += extra
        return .object(JSONObject(members))
    }

    /// An SDO of `type` named `name`, with an ATT&CK external id when `attackID` is given.
    static func sdo(_ type: String, _ uuid: String, name: String, attackID: String? = nil) -> JSONValue {
        var members: [(String, JSONValue)] = [
            ("type", .string(type)), ("spec_version", "2.1"), ("id", .string("\(type)--\(uuid)")),
            ("created", "2024-01-01T00:00:00.000Z"), ("modified", "2024-01-01T00:00:00.000Z"), ("name", .string(name)),
        ]
        if let attackID {
            members.append(("external_references", [["source_name": "mitre-attack", "external_id": .string(attackID)]]))
        }
        return .object(JSONObject(members))
    }

    /// A report referencing `objects`.
    static func report(
        _ objects: [JSONValue], name: String = "Phishing wave against banks", modified: String = "2024-02-01T09:30:00.000Z"
    ) -> JSONValue {
        [
            "type": "report", "spec_version": "2.1", "id": .string(Self.reportID),
            "created": "2024-02-01T09:00:00.000Z", "modified": .string(modified),
            "published": "2024-02-01T09:00:00Z", "name": .string(name), "report_types": ["threat-report"],
            "object_refs": .array(objects.compactMap { $0["id"] }),
        ]
    }

    /// One indicator of every exact kind, a non-exact one, a revoked one and a non-STIX one.
    static let mixedIndicators: [JSONValue] = [
        Self.indicator("8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f", "[ipv4-addr:value = '198.51.100.7']", name: "C2 server"),
        Self.indicator("0f9a9d4e-7c4b-4a55-8a3f-1a2b3c4d5e01", "[ipv4-addr:value = '203.0.113.9/24']"),
        Self.indicator("0f9a9d4e-7c4b-4a55-8a3f-1a2b3c4d5e02", "[ipv6-addr:value = '2001:DB8::1']"),
        Self.indicator(
            "0f9a9d4e-7c4b-4a55-8a3f-1a2b3c4d5e03", "[domain-name:value = 'Evil.Example.COM'] OR [url:value = 'http://evil.example.com/login']",
            modified: "2024-05-06T07:08:09.000Z"),
        Self.indicator("0f9a9d4e-7c4b-4a55-8a3f-1a2b3c4d5e04", "[email-addr:value = 'billing@evil.example.com']"),
        Self.indicator(
            "0f9a9d4e-7c4b-4a55-8a3f-1a2b3c4d5e05",
            "[file:hashes.MD5 = '44d88612fea8a8f36de82e1278abb02f' OR file:hashes.'SHA-1' = '3395856ce81f2b7382dee72602f798b642f14140']"),
        Self.indicator(
            "0f9a9d4e-7c4b-4a55-8a3f-1a2b3c4d5e06",
            "[file:hashes.'SHA-256' IN ('275a021bbfb6489e54d471899f7db9d1663fc695ec2fe2a2c4538aabf651fd0f')] "
                + "OR [file:hashes.'SHA-512' = '" + String(repeating: "ab", count: 64) + "']"),
        // Not exact: two observables must both be seen.
        Self.indicator(
            "0f9a9d4e-7c4b-4a55-8a3f-1a2b3c4d5e07", "[ipv4-addr:value = '192.0.2.1'] AND [domain-name:value = 'both.example.org']"),
        Self.indicator(
            "0f9a9d4e-7c4b-4a55-8a3f-1a2b3c4d5e08", "[ipv4-addr:value = '192.0.2.2']", extra: [("revoked", true)]),
        Self.indicator(
            "0f9a9d4e-7c4b-4a55-8a3f-1a2b3c4d5e09", "alert tcp any any -> 192.0.2.3 any", extra: [("pattern_type", "snort")]),
    ]

    /// The `Event` object of a built event file.
    static func event(_ file: MISPFeedFile) throws -> JSONValue {
        try #require(try JSON.parse(file.contents)["Event"])
    }

    /// The `(type, value)` pairs of an event's attributes.
    static func typesAndValues(_ event: JSONValue) -> [[String]] {
        (event["Attribute"]?.arrayValue ?? []).map { [$0["type"]?.stringValue ?? "", $0["value"]?.stringValue ?? ""] }
    }

    /// The shared third-party data directory, or `nil` when it is absent.
    static let dataDirectory: URL? = {
        let path = ProcessInfo.processInfo.environment["KIZUNA_TEST_DATA"] ?? "../shared/data"
        let url = URL(fileURLWithPath: path)
        return FileManager.default.fileExists(atPath: url.appendingPathComponent("misp-feed").path) ? url : nil
    }()

    /// A JSON file of the shared data.
    static func data(_ relativePath: String) throws -> JSONValue {
        let directory = try #require(Self.dataDirectory)
        let bytes = try Data(contentsOf: directory.appendingPathComponent(relativePath))
        return try JSON.parse(Array(bytes))
    }
}
