import KizunaFormats
import STIX
import Testing

@Suite("Reading stored indicators for feeds")
struct FeedIndicatorReaderTests {
    static let now = Timestamp("2026-06-01T00:00:00Z")!

    /// Indicator JSON with `pattern` and the extra members in `extra` (already JSON text, each ending with a comma).
    static func json(pattern: String = "[domain-name:value = 'evil.example']", extra: String = "") -> [UInt8] {
        let escaped = pattern.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
        return Array(
            """
            {"type": "indicator", "spec_version": "2.1", "id": "indicator--8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f", \(extra)
             "created": "2026-01-01T00:00:00.000Z", "modified": "2026-01-02T00:00:00.000Z", "name": "Evil",
             "labels": ["malicious-activity", "c2"], "pattern": "\(escaped)", "pattern_type": "stix",
             "valid_from": "2026-01-01T00:00:00Z"}
            """.utf8)
    }

    @Test("an active indicator gives its id, name, TLP, entries, times and labels")
    func activeIndicator() throws {
        let json = Self.json(extra: "\"valid_until\": \"2026-12-31T00:00:00Z\",")
        let indicator = try #require(FeedIndicatorReader.read(json, tlp: .green, at: Self.now))
        #expect(indicator.id == "indicator--8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f")
        #expect(indicator.name == "Evil")
        #expect(indicator.tlp == .green)
        #expect(indicator.entries == [FeedEntry(kind: .domain, value: "evil.example")])
        #expect(indicator.validFrom == Timestamp("2026-01-01T00:00:00Z"))
        #expect(indicator.validUntil == Timestamp("2026-12-31T00:00:00Z"))
        #expect(indicator.modified == Timestamp("2026-01-02T00:00:00.000Z"))
        #expect(indicator.labels == ["malicious-activity", "c2"])
        #expect(FeedIndicatorReader.isActive(json, at: Self.now))
    }

    @Test("revoked and expired indicators are inactive and give no feed view")
    func inactive() {
        for extra in ["\"revoked\": true,", "\"valid_until\": \"2026-05-31T23:59:59Z\",", "\"valid_until\": \"2026-06-01T00:00:00Z\","] {
            let json = Self.json(extra: extra)
            #expect(!FeedIndicatorReader.isActive(json, at: Self.now), "\(extra)")
            #expect(FeedIndicatorReader.read(json, tlp: .clear, at: Self.now) == nil, "\(extra)")
        }
        #expect(FeedIndicatorReader.isActive(Self.json(extra: "\"revoked\": false,"), at: Self.now))
    }

    @Test("non-indicators count as active but give no feed view")
    func nonIndicators() {
        let json = Array(#"{"type": "malware", "id": "malware--8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f", "revoked": true}"#.utf8)
        #expect(FeedIndicatorReader.isActive(json, at: Self.now))
        #expect(FeedIndicatorReader.read(json, tlp: .clear, at: Self.now) == nil)
    }

    @Test("other pattern languages, unparsable patterns and patterns without exact entries give nothing")
    func unusablePatterns() {
        let sigma = Array(String(decoding: Self.json(), as: UTF8.self).replacingOccurrences(of: "\"stix\"", with: "\"sigma\"").utf8)
        #expect(FeedIndicatorReader.read(sigma, tlp: .clear, at: Self.now) == nil)
        #expect(FeedIndicatorReader.read(Self.json(pattern: "[domain-name:value = "), tlp: .clear, at: Self.now) == nil)
        #expect(FeedIndicatorReader.read(Self.json(pattern: "[file:name = 'x.exe']"), tlp: .clear, at: Self.now) == nil)
        #expect(FeedIndicatorReader.read(Array("not json".utf8), tlp: .clear, at: Self.now) == nil)
    }
}
