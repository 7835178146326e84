import STIX
import Testing

@Suite("Validation")
struct ValidationTests {
    static let identity = "identity--f431f809-377b-45e0-aa1c-6a4751cae5ff"

    /// A valid indicator, built field by field so each test can break one thing.
    static var indicator: JSONObject {
        [
            "type": "indicator", "spec_version": "2.1", "id": "indicator--8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f",
            "created_by_ref": .string(Self.identity), "created": "2024-01-02T03:04:05.000Z",
            "modified": "2024-01-02T03:04:05.000Z", "name": "C2 address",
            "pattern": "[ipv4-addr:value = '198.51.100.3']", "pattern_type": "stix",
            "valid_from": "2024-01-02T00:00:00Z",
        ]
    }

    static func issues(_ properties: JSONObject, at path: String = "$") throws -> [ValidationIssue] {
        STIXValidator.validate(try STIXObject(properties: properties), at: path)
    }

    static func modified(_ changes: [(String, JSONValue?)]) -> JSONObject {
        var properties = Self.indicator
        for (key, value) in changes { properties[key] = value }
        return properties
    }

    @Test("a valid indicator has no issues")
    func valid() throws {
        #expect(try Self.issues(Self.indicator).isEmpty)
    }

    struct Violation: Sendable, CustomTestStringConvertible {
        let changes: [(String, JSONValue?)]
        let path: String
        let reason: String
        var testDescription: String { "\(self.path): \(self.reason)" }
    }

    static let violations: [Violation] = [
        Violation(changes: [("pattern", nil)], path: "$.objects[3].pattern", reason: "missing required property 'pattern'"),
        Violation(changes: [("spec_version", "2.0")], path: "$.objects[3].spec_version", reason: "'2.0' is not one of '2.1'"),
        Violation(
            changes: [("valid_from", "2024-01-02T00:00:00+09:00")], path: "$.objects[3].valid_from",
            reason: "'2024-01-02T00:00:00+09:00' is not an RFC 3339 UTC timestamp (e.g. 2024-01-02T03:04:05.678Z)"),
        Violation(changes: [("labels", "malicious")], path: "$.objects[3].labels", reason: "expected a list of strings, found string"),
        Violation(changes: [("labels", ["ok", 3])], path: "$.objects[3].labels[1]", reason: "expected a string, found number"),
        Violation(changes: [("labels", [])], path: "$.objects[3].labels", reason: "must not be an empty list (omit the property instead)"),
        Violation(changes: [("confidence", 101)], path: "$.objects[3].confidence", reason: "expected an integer from 0 to 100, found 101"),
        Violation(changes: [("confidence", 50.5)], path: "$.objects[3].confidence", reason: "expected an integer from 0 to 100, found 50.5"),
        Violation(changes: [("revoked", "no")], path: "$.objects[3].revoked", reason: "expected a boolean, found string"),
        Violation(
            changes: [("created_by_ref", "organization--f431f809-377b-45e0-aa1c-6a4751cae5ff")],
            path: "$.objects[3].created_by_ref", reason: "must reference type identity, found 'organization'"),
        Violation(
            changes: [("object_marking_refs", ["identity--f431f809-377b-45e0-aa1c-6a4751cae5ff"])],
            path: "$.objects[3].object_marking_refs[0]", reason: "must reference type marking-definition, found 'identity'"),
        Violation(
            changes: [("created_by_ref", "identity--nope")], path: "$.objects[3].created_by_ref",
            reason: "'identity--nope' is not an identifier of the form type--UUID (RFC 4122 UUID)"),
        Violation(
            changes: [("id", "malware--8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f")], path: "$.objects[3].id",
            reason: "id type 'malware' does not match object type 'indicator'"),
        Violation(
            changes: [("modified", "2024-01-01T00:00:00Z")], path: "$.objects[3].modified",
            reason: "modified (2024-01-01T00:00:00Z) must not be earlier than created (2024-01-02T03:04:05.000Z)"),
        Violation(
            changes: [("valid_until", "2024-01-02T00:00:00.000Z")], path: "$.objects[3].valid_until",
            reason: "valid_until (2024-01-02T00:00:00.000Z) must be later than valid_from (2024-01-02T00:00:00Z)"),
        Violation(
            changes: [("kill_chain_phases", [["kill_chain_name": "lockheed"]])],
            path: "$.objects[3].kill_chain_phases[0].phase_name", reason: "missing required property 'phase_name'"),
        Violation(
            changes: [("external_references", [["source_name": "capec"]])], path: "$.objects[3].external_references[0]",
            reason: "an external reference needs at least one of description, url or external_id besides source_name"),
        Violation(
            changes: [("granular_markings", [["selectors": ["name"]]])], path: "$.objects[3].granular_markings[0]",
            reason: "a granular marking needs exactly one of marking_ref or lang"),
        Violation(
            changes: [("extensions", ["my-ext": ["a": 1]])], path: "$.objects[3].extensions['my-ext']",
            reason: "unknown extension 'my-ext' (extensions must be keyed by an extension-definition id or a predefined extension name)"),
        Violation(
            changes: [("bad-name", 1)], path: "$.objects[3]['bad-name']",
            reason: "'bad-name' is not a valid property name (3–250 characters of a–z, A–Z, 0–9 and '_')"),
    ]

    @Test("each violation is reported with its path and reason", arguments: Self.violations)
    func violation(_ violation: Violation) throws {
        let issues = try Self.issues(Self.modified(violation.changes), at: "$.objects[3]")
        #expect(issues == [ValidationIssue(path: violation.path, reason: violation.reason)])
    }

    @Test("every violation of one object is reported, not just the first")
    func allReported() throws {
        let properties = Self.modified([
            ("pattern", nil), ("valid_from", "yesterday"), ("labels", "x"), ("confidence", -1), ("spec_version", nil),
        ])
        let paths = Set(try Self.issues(properties).map(\.path))
        #expect(paths == ["$.pattern", "$.valid_from", "$.labels", "$.confidence", "$.spec_version"])
    }

    @Test("an uppercase UUID is accepted with a warning")
    func uppercaseUUID() throws {
        let issues = try Self.issues(Self.modified([("id", "indicator--8E2E2D2B-17D4-4CBF-938F-98EE46B3CD3F")]))
        #expect(issues == [ValidationIssue(path: "$.id", reason: "UUIDs should be written in lowercase (RFC 4122 §3)", severity: .warning)])
    }

    @Test("unknown types are rejected; x- types and extension-declared types are allowed")
    func customTypes() throws {
        let unknown: JSONObject = ["type": "foo", "id": "foo--8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f"]
        #expect(
            try Self.issues(unknown) == [
                ValidationIssue(
                    path: "$.type",
                    reason: "unknown object type 'foo' (custom types must start with 'x-' or be declared by an extension-definition)"
                )
            ])
        var custom = unknown
        custom["type"] = "x-foo"
        custom["id"] = "x-foo--8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f"
        custom["anything_goes"] = 1
        #expect(try Self.issues(custom).isEmpty)
        var declared = unknown
        declared["extensions"] = ["extension-definition--d83fce45-ef58-4c6c-a3f4-1fbc32e98c6e": ["extension_type": "new-sdo"]]
        #expect(try Self.issues(declared).isEmpty)
    }

    @Test("custom properties without x_ are warnings; x_ properties are fine")
    func customProperties() throws {
        let issues = try Self.issues(Self.modified([("x_acme_score", 3), ("acme_score", 3)]))
        #expect(
            issues == [
                ValidationIssue(
                    path: "$.acme_score",
                    reason: "unknown property 'acme_score' (custom properties should start with 'x_' or be defined by a toplevel-property-extension)",
                    severity: .warning
                )
            ])
        let extended = Self.modified([
            ("acme_score", 3),
            ("extensions", ["extension-definition--d83fce45-ef58-4c6c-a3f4-1fbc32e98c6e": ["extension_type": "toplevel-property-extension"]]),
        ])
        #expect(try Self.issues(extended).isEmpty)
    }

    @Test("relationship and sighting references point at the right kinds of object")
    func references() throws {
        let relationship: JSONObject = [
            "type": "relationship", "spec_version": "2.1", "id": "relationship--7aebe2f0-28d6-48a2-9c3e-b0aaa60266ef",
            "created": "2024-01-01T00:00:00Z", "modified": "2024-01-01T00:00:00Z", "relationship_type": "indicates",
            "source_ref": "indicator--8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f",
            "target_ref": "marking-definition--613f2e26-407d-48c7-9eca-b8e91df99dc9",
        ]
        #expect(
            try Self.issues(relationship) == [
                ValidationIssue(
                    path: "$.target_ref", reason: "must reference an SDO or an SCO or a custom object, found 'marking-definition'")
            ])
        let sighting: JSONObject = [
            "type": "sighting", "spec_version": "2.1", "id": "sighting--ee20065d-2555-424f-ad9e-0f8428623c75",
            "created": "2024-01-01T00:00:00Z", "modified": "2024-01-01T00:00:00Z",
            "sighting_of_ref": "ipv4-addr--28bb3599-77cd-5a82-a950-b5bc3caf07c4",
            "where_sighted_refs": ["malware--31b940d4-6f7f-459a-80ea-9c1f17b5891b"],
            "observed_data_refs": ["observed-data--b67d30ff-02ac-498a-92f9-32f845f448cf"], "count": 1_000_000_000,
        ]
        let paths = try Self.issues(sighting).map(\.path)
        #expect(paths == ["$.sighting_of_ref", "$.where_sighted_refs[0]", "$.count"])
    }

    @Test("SCO reference properties are typed")
    func observableReferences() throws {
        let domain: JSONObject = [
            "type": "domain-name", "id": "domain-name--bedb4899-d24b-5401-bc86-8f6b4cc18ec7", "value": "example.com",
            "resolves_to_refs": ["url--240c7f37-222c-590e-a242-f5edc4ddece1"],
        ]
        #expect(
            try Self.issues(domain) == [
                ValidationIssue(
                    path: "$.resolves_to_refs[0]", reason: "must reference type ipv4-addr or ipv6-addr or domain-name, found 'url'")
            ])
        let email: JSONObject = [
            "type": "email-message", "id": "email-message--361ecc9d-c5ae-51c1-a59a-4a4f8e858b51", "is_multipart": false,
            "from_ref": "ipv4-addr--28bb3599-77cd-5a82-a950-b5bc3caf07c4",
        ]
        #expect(try Self.issues(email).map(\.path).contains("$.from_ref"))
    }

    @Test("type-specific rules are checked")
    func typeRules() throws {
        let location: JSONObject = [
            "type": "location", "spec_version": "2.1", "id": "location--a6e9345f-5a15-4c29-8bb3-7dcc5d168d64",
            "created": "2024-01-01T00:00:00Z", "modified": "2024-01-01T00:00:00Z", "latitude": 95.0,
        ]
        let reasons = try Self.issues(location).map(\.reason)
        #expect(reasons.contains("expected a number from -90.0 to 90.0, found 95.0"))
        #expect(reasons.contains("latitude, longitude must be present together"))
        let malware: JSONObject = [
            "type": "malware", "spec_version": "2.1", "id": "malware--31b940d4-6f7f-459a-80ea-9c1f17b5891b",
            "created": "2024-01-01T00:00:00Z", "modified": "2024-01-01T00:00:00Z", "is_family": true,
        ]
        #expect(try Self.issues(malware) == [ValidationIssue(path: "$.name", reason: "'name' is required when 'is_family' is true")])
        let file: JSONObject = ["type": "file", "id": "file--8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f", "hashes": ["MD5": "abc"]]
        #expect(try Self.issues(file).map(\.reason).contains("an MD5 hash must be 32 hexadecimal digits"))
    }

    @Test("a registry key names its hive in full")
    func registryHives() throws {
        func keyIssues(_ key: String) throws -> [String] {
            let object: JSONObject = [
                "type": "windows-registry-key", "id": "windows-registry-key--2ba37ae7-2745-5082-9dfd-9486dad41016", "key": .string(key),
            ]
            return try Self.issues(object).filter { $0.path == "$.key" }.map(\.reason)
        }
        #expect(
            try keyIssues("hklm\\Software\\Run") == [
                "'hklm\\Software\\Run' abbreviates its hive: write HKEY_LOCAL_MACHINE, not HKLM (STIX 2.1 §6.17)"
            ])
        #expect(try keyIssues("HKCU:\\Software").count == 1)
        #expect(try keyIssues("HKEY_LOCAL_MACHINE\\Software\\HKLM").isEmpty)
        #expect(try keyIssues("HKEY_USERS").isEmpty)
    }

    @Test("a url SCO's value is an absolute URI", arguments: ["www.example.com", "example.com/login", "1http://x", "http://a b", ":x"])
    func urlValues(value: String) throws {
        func valueIssues(_ text: String) throws -> [ValidationIssue] {
            let url: JSONObject = ["type": "url", "id": "url--240c7f37-222c-590e-a242-f5edc4ddece1", "value": .string(text)]
            return try Self.issues(url).filter { $0.path == "$.value" }
        }
        #expect(
            try valueIssues(value) == [
                ValidationIssue(path: "$.value", reason: "'\(value)' is not an absolute URI (RFC 3986) with a scheme such as https:")
            ])
        for good in ["https://example.com/login?a=1", "ftp://192.0.2.1/x", "mailto:a@example.com", "hxxp+x.y-z:rest"] {
            #expect(try valueIssues(good).isEmpty)
        }
    }

    @Test("marking definitions: TLP 1.0, statements and TLP 2.0")
    func markings() throws {
        let statement: JSONObject = [
            "type": "marking-definition", "spec_version": "2.1", "id": "marking-definition--fa42a846-8d90-4e51-bc29-71d5b4802168",
            "created": "2017-06-01T00:00:00.000Z", "definition_type": "statement", "definition": ["statement": "Copyright 2017, MITRE"],
        ]
        #expect(try Self.issues(statement).isEmpty)
        var forgedTLP = statement
        forgedTLP["definition_type"] = "tlp"
        forgedTLP["definition"] = ["tlp": "amber"]
        #expect(
            try Self.issues(forgedTLP) == [
                ValidationIssue(
                    path: "$.id", reason: "TLP 1.0 markings must use the predefined id marking-definition--f88d31f6-486f-44da-b317-01333bde0b82")
            ])
        var empty = statement
        empty["definition_type"] = nil
        empty["definition"] = nil
        #expect(
            try Self.issues(empty).map(\.reason)
                == ["a marking-definition needs definition_type and definition, or a marking extension in extensions"])
    }

    @Test("bundle entries that are not objects get an issue at their path")
    func entries() throws {
        let bundle = try STIXBundle.parse(Array(#"{"type":"bundle","objects":[{"type":"indicator"}, 3]}"#.utf8))
        #expect(
            STIXValidator.validate(bundle.entries[0]) == [ValidationIssue(path: "$.objects[0].id", reason: "missing required string property 'id'")])
        #expect(STIXValidator.validate(bundle.entries[1]).map(\.path) == ["$.objects[1]"])
    }

    @Test("every STIX 2.1 type has a property table")
    func tables() {
        let all = STIXTypes.sdo.union(STIXTypes.sro).union(STIXTypes.sco)
            .union(["marking-definition", "extension-definition", "language-content"])
        #expect(all.count == 42)
        for type in all {
            #expect(PropertyTable.table(for: type) != nil, "\(type)")
        }
    }
}
