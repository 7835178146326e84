import KizunaFormats
import STIX
import STIXPatterns
import Testing

@Suite("Indicators from drafts")
struct DraftIndicatorTests {
    static let now = Timestamp("2026-11-26T12:00:00.123Z")!
    static let creator = "identity--6b8d5f8e-3c1a-4e5b-9f2d-1a2b3c4d5e6f"

    static let drafts: [(ObservableKind, String, String)] = [
        (.ipv4, "45.77.12.9", "[ipv4-addr:value = '45.77.12.9']"),
        (.ipv6, "2001:db8::1", "[ipv6-addr:value = '2001:db8::1']"),
        (.domain, "update-check.net", "[domain-name:value = 'update-check.net']"),
        (.url, "http://evil.example/a'b\\c", "[url:value = 'http://evil.example/a\\'b\\\\c']"),
        (.email, "billing@secure-bank-notice.com", "[email-addr:value = 'billing@secure-bank-notice.com']"),
        (.md5, "d41d8cd98f00b204e9800998ecf8427f", "[file:hashes.MD5 = 'd41d8cd98f00b204e9800998ecf8427f']"),
        (.sha1, "da39a3ee5e6b4b0d3255bfef95601890afd80709", "[file:hashes.'SHA-1' = 'da39a3ee5e6b4b0d3255bfef95601890afd80709']"),
        (
            .sha256, "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
            "[file:hashes.'SHA-256' = '9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08']"
        ),
        (.sha512, String(repeating: "ab", count: 64), "[file:hashes.'SHA-512' = '\(String(repeating: "ab", count: 64))']"),
    ]

    func indicator(_ kind: ObservableKind, _ value: String, tlp: TLP = .amber, createdBy: String? = creator) -> JSONValue {
        let draft = ImportDraft(kind: kind, value: value, sources: [.text(line: 1, column: 1)], decision: .create, warnings: [])
        return ImportDrafts.indicator(for: draft, tlp: tlp, createdBy: createdBy, now: Self.now, description: "From advisory 42")
    }

    @Test("every kind gives a valid indicator whose pattern parses back to the value", arguments: Self.drafts)
    func valid(kind: ObservableKind, value: String, pattern: String) throws {
        let json = self.indicator(kind, value)
        let object = try STIXObject(json)
        #expect(STIXValidator.validate(object).isEmpty, "\(STIXValidator.validate(object))")
        #expect(json["pattern"]?.stringValue == pattern)
        let parsed = try Pattern.parse(pattern)
        guard case .observation(.comparison(let comparison)) = parsed.root else {
            Issue.record("not a single comparison: \(parsed)")
            return
        }
        #expect(comparison.value == .string(value))
        #expect(comparison.operator == .equal)
    }

    @Test("the indicator carries name, types, times, creator, description and the TLP marking")
    func properties() throws {
        let json = self.indicator(.domain, "update-check.net", tlp: .red)
        #expect(json["type"]?.stringValue == "indicator")
        #expect(json["spec_version"]?.stringValue == "2.1")
        #expect(json["name"]?.stringValue == "Domain name update-check.net")
        #expect(json["indicator_types"]?.arrayValue == [.string("malicious-activity")])
        #expect(json["pattern_type"]?.stringValue == "stix")
        #expect(json["valid_from"]?.stringValue == "2026-11-26T12:00:00.123Z")
        #expect(json["created"]?.stringValue == "2026-11-26T12:00:00.123Z")
        #expect(json["modified"]?.stringValue == "2026-11-26T12:00:00.123Z")
        #expect(json["created_by_ref"]?.stringValue == Self.creator)
        #expect(json["description"]?.stringValue == "From advisory 42")
        #expect(json["object_marking_refs"]?.arrayValue == [.string(TLPMarking.markingRef(for: .red))])
        let object = try STIXObject(json)
        #expect(TLPMarking.effectiveTLP(of: object) == .red)
        let anonymous = self.indicator(.domain, "update-check.net", createdBy: nil)
        #expect(anonymous["created_by_ref"] == nil)
    }

    @Test("the id is a UUIDv5 of kind and value: the same for the same value, different otherwise")
    func deterministicID() throws {
        let first = self.indicator(.domain, "update-check.net")["id"]?.stringValue
        let again = self.indicator(.domain, "update-check.net", tlp: .green, createdBy: nil)["id"]?.stringValue
        let other = self.indicator(.domain, "update-check.org")["id"]?.stringValue
        let id = try #require(first)
        #expect(id == again)
        #expect(id != other)
        #expect(id.hasPrefix("indicator--"))
        #expect(Array(id.utf8)[11 + 14] == UInt8(ascii: "5"))
    }

    @Test("a time without milliseconds is written with them")
    func milliseconds() throws {
        let draft = ImportDraft(kind: .ipv4, value: "45.77.12.9", sources: [], decision: .create, warnings: [])
        let json = ImportDrafts.indicator(
            for: draft, tlp: .clear, createdBy: nil, now: try #require(Timestamp("2026-11-26T12:00:00Z")), description: nil)
        #expect(json["created"]?.stringValue == "2026-11-26T12:00:00.000Z")
        #expect(STIXValidator.validate(try STIXObject(json)).isEmpty)
    }
}
