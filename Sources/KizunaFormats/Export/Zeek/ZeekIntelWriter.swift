import STIX

/// Writes a Zeek Intelligence Framework file: a `#fields` header, then one tab-separated line per entry with the
/// indicator, its `Intel::` type, `meta.source`, `meta.desc` (TLP, indicator id and name) and `meta.url` (`-`).
///
/// Types: `Intel::ADDR` (addresses), `Intel::SUBNET` (networks), `Intel::DOMAIN`, `Intel::URL` (`http` and `https`
/// URLs without the scheme, as Zeek sees them; other schemes are left out), `Intel::EMAIL`, `Intel::FILE_HASH`.
/// Tabs and line breaks inside fields become spaces; an empty field is written `-`.
public struct ZeekIntelWriter: FeedWriter {
    /// `text/tab-separated-values; charset=utf-8`.
    public var contentType: String { "text/tab-separated-values; charset=utf-8" }
    /// The `meta.source` of every line.
    public let source: String
    /// The current indicator's `\tsource\tdesc\t-\n`, rendered once for all its lines.
    private var lineEnd: [UInt8] = []

    /// Creates a writer whose lines name `source` as `meta.source`.
    public init(source: String = "Kizuna") {
        self.source = source
    }

    /// Appends the `#fields` header.
    public mutating func begin(into output: inout [UInt8]) {
        FeedText.append("#fields\tindicator\tindicator_type\tmeta.source\tmeta.desc\tmeta.url\n", to: &output)
    }

    /// Appends one line per entry Zeek can match.
    public mutating func write(_ indicator: FeedIndicator, into output: inout [UInt8]) {
        self.lineEnd.removeAll(keepingCapacity: true)
        self.lineEnd.append(UInt8(ascii: "\t"))
        Self.appendField(self.source, to: &self.lineEnd)
        self.lineEnd.append(UInt8(ascii: "\t"))
        Self.appendDescription(indicator, to: &self.lineEnd)
        FeedText.append("\t-\n", to: &self.lineEnd)
        for entry in indicator.entries {
            let value: Substring
            let type: String
            switch entry.kind {
            case .ipv4, .ipv6: (value, type) = (Substring(entry.value), "Intel::ADDR")
            case .ipv4Network, .ipv6Network: (value, type) = (Substring(entry.value), "Intel::SUBNET")
            case .domain: (value, type) = (Substring(entry.value), "Intel::DOMAIN")
            case .email: (value, type) = (Substring(entry.value), "Intel::EMAIL")
            case .md5, .sha1, .sha256, .sha512: (value, type) = (Substring(entry.value), "Intel::FILE_HASH")
            case .url:
                guard let withoutScheme = Self.urlWithoutScheme(entry.value) else { continue }
                (value, type) = (withoutScheme, "Intel::URL")
            }
            Self.appendField(value, to: &output)
            output.append(UInt8(ascii: "\t"))
            FeedText.append(type, to: &output)
            output.append(contentsOf: self.lineEnd)
        }
    }

    /// `url` without `http://` or `https://`, or nil for other schemes.
    static func urlWithoutScheme(_ url: String) -> Substring? {
        if url.hasPrefix("http://") { return url.dropFirst(7) }
        if url.hasPrefix("https://") { return url.dropFirst(8) }
        return nil
    }

    /// Appends `TLP:X indicator--… name`.
    private static func appendDescription(_ indicator: FeedIndicator, to output: inout [UInt8]) {
        FeedText.append(FeedText.label(of: indicator.tlp), to: &output)
        output.append(UInt8(ascii: " "))
        FeedText.appendSingleLine(indicator.id, to: &output)
        if let name = indicator.name, !name.isEmpty {
            output.append(UInt8(ascii: " "))
            FeedText.appendSingleLine(name, to: &output)
        }
    }

    /// Appends `text` with control characters as spaces, or `-` when it is empty.
    private static func appendField(_ text: some StringProtocol, to output: inout [UInt8]) {
        if text.isEmpty {
            output.append(UInt8(ascii: "-"))
        } else {
            FeedText.appendSingleLine(text, to: &output)
        }
    }
}
