/// Writes a Suricata hash list file (for `filemd5`, `filesha1` or `filesha256`): one `<hash> <indicator-id>` line per
/// entry of one digest kind; Suricata reads the hash and ignores the rest of the line.
///
/// Name the file ``SuricataRuleWriter/hashListName(for:prefix:)`` and place it beside the rules.
public struct SuricataHashListWriter: FeedWriter {
    /// `text/plain; charset=utf-8`.
    public var contentType: String { "text/plain; charset=utf-8" }
    /// The digest kind listed.
    public let kind: FeedKind

    /// The kinds Suricata has a hash list keyword for: MD5, SHA-1 and SHA-256.
    public static let supportedKinds: [FeedKind] = [.md5, .sha1, .sha256]

    /// Creates a writer for `kind`, which must be one of ``supportedKinds`` (Suricata has no SHA-512 keyword).
    public init(kind: FeedKind) {
        precondition(Self.supportedKinds.contains(kind), "Suricata has no hash list for \(kind.rawValue)")
        self.kind = kind
    }

    /// Appends one line per entry of ``kind``.
    public mutating func write(_ indicator: FeedIndicator, into output: inout [UInt8]) {
        for entry in indicator.entries where entry.kind == self.kind {
            FeedText.append(entry.value, to: &output)
            output.append(UInt8(ascii: " "))
            FeedText.appendSingleLine(indicator.id, to: &output)
            output.append(UInt8(ascii: "\n"))
        }
    }
}
