import KizunaFormats
import STIX
import STIXPatterns

/// Builders for the export tests.
enum ExportFixtures {
    /// The exact entries of `pattern`, which must parse.
    static func entries(_ pattern: String) throws -> [FeedEntry] {
        FeedEntries.exact(in: try Pattern.parse(pattern))
    }

    /// A feed indicator numbered `number` (`indicator--00000000-0000-4000-8000-<number>`).
    static func indicator(
        _ number: Int, name: String? = "Test indicator", tlp: TLP = .amber, _ entries: [(FeedKind, String)], labels: [String] = []
    ) -> FeedIndicator {
        FeedIndicator(
            id: Self.id(number), name: name, tlp: tlp, entries: entries.map { FeedEntry(kind: $0.0, value: $0.1) },
            validFrom: Timestamp("2026-01-01T00:00:00Z"), validUntil: nil, modified: Timestamp("2026-01-02T00:00:00Z"),
            labels: labels)
    }

    /// The id of indicator `number`.
    static func id(_ number: Int) -> String {
        let digits = String(number)
        return "indicator--00000000-0000-4000-8000-" + String(repeating: "0", count: 12 - digits.count) + digits
    }

    /// Everything `writer` produces for `indicators`, as text.
    static func output(_ writer: some FeedWriter, _ indicators: [FeedIndicator]) -> String {
        var writer = writer
        var bytes: [UInt8] = []
        writer.begin(into: &bytes)
        for indicator in indicators { writer.write(indicator, into: &bytes) }
        writer.end(into: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// A mixed set of indicators touching every kind.
    static let mixed: [FeedIndicator] = [
        Self.indicator(
            1, name: "C2 \"servers\"; stage\\2 | beta", [(.ipv4, "198.51.100.7"), (.ipv4Network, "203.0.113.0/24"), (.ipv6, "2001:db8::1")]),
        Self.indicator(2, name: "Phishing", tlp: .green, [(.domain, "evil.example"), (.url, "http://evil.example:8080/login;x?a=\"b\"|c\\d")]),
        Self.indicator(3, name: nil, tlp: .red, [(.url, "https://secure.example/path"), (.email, "boss@evil.example")]),
        Self.indicator(
            4, name: "Dropper",
            [
                (.md5, "d41d8cd98f00b204e9800998ecf8427e"), (.sha1, "da39a3ee5e6b4b0d3255bfef95601890afd80709"),
                (.sha256, "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
                (.sha512, String(repeating: "ab", count: 64)),
            ]),
        Self.indicator(5, name: "Bullet-proof hosting", [(.ipv6Network, "2001:db8:abcd::/48"), (.domain, "xn--bcher-kva.example")]),
    ]
}
