import STIX

/// Writes a CSV feed (RFC 4180: CRLF line ends, fields with `,`, `"`, CR or LF quoted and `"` doubled): a header
/// `indicator_id,type,value,tlp,name,valid_from,valid_until,labels`, then one row per entry. `type` is the
/// ``FeedKind`` raw value, `tlp` the label such as `TLP:AMBER`, `labels` joined with `;`, absent values empty.
public struct CSVFeedWriter: FeedWriter {
    /// `text/csv; charset=utf-8; header=present`.
    public var contentType: String { "text/csv; charset=utf-8; header=present" }

    /// The current indicator's id field, rendered once for all its rows.
    private var idField: [UInt8] = []
    /// The current indicator's `,tlp,name,valid_from,valid_until,labels\r\n`, rendered once for all its rows.
    private var rowEnd: [UInt8] = []

    /// Creates a writer.
    public init() {}

    /// Appends the header row.
    public mutating func begin(into output: inout [UInt8]) {
        FeedText.append("indicator_id,type,value,tlp,name,valid_from,valid_until,labels\r\n", to: &output)
    }

    /// Appends one row per entry.
    public mutating func write(_ indicator: FeedIndicator, into output: inout [UInt8]) {
        self.idField.removeAll(keepingCapacity: true)
        Self.appendField(indicator.id, to: &self.idField)
        self.idField.append(UInt8(ascii: ","))
        self.rowEnd.removeAll(keepingCapacity: true)
        self.rowEnd.append(UInt8(ascii: ","))
        FeedText.append(FeedText.label(of: indicator.tlp), to: &self.rowEnd)
        self.rowEnd.append(UInt8(ascii: ","))
        Self.appendField(indicator.name ?? "", to: &self.rowEnd)
        self.rowEnd.append(UInt8(ascii: ","))
        Self.appendField(indicator.validFrom?.text ?? "", to: &self.rowEnd)
        self.rowEnd.append(UInt8(ascii: ","))
        Self.appendField(indicator.validUntil?.text ?? "", to: &self.rowEnd)
        self.rowEnd.append(UInt8(ascii: ","))
        Self.appendField(indicator.labels.joined(separator: ";"), to: &self.rowEnd)
        FeedText.append("\r\n", to: &self.rowEnd)
        for entry in indicator.entries {
            output.append(contentsOf: self.idField)
            FeedText.append(entry.kind.rawValue, to: &output)
            output.append(UInt8(ascii: ","))
            Self.appendField(entry.value, to: &output)
            output.append(contentsOf: self.rowEnd)
        }
    }

    /// Appends `text`, quoted when it holds `,`, `"`, CR or LF.
    static func appendField(_ text: String, to output: inout [UInt8]) {
        let needsQuotes = text.utf8.contains {
            $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\r") || $0 == UInt8(ascii: "\n")
        }
        guard needsQuotes else {
            FeedText.append(text, to: &output)
            return
        }
        output.append(UInt8(ascii: "\""))
        FeedText.append(
            text, to: &output, keeping: { $0 != UInt8(ascii: "\"") }, replacing: { _, output in output.append(contentsOf: [0x22, 0x22]) })
        output.append(UInt8(ascii: "\""))
    }
}
