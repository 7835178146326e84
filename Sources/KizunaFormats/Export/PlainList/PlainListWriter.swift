/// Writes a plain block list: the canonical value of every entry of one kind, one a line (`ipv4-addr` lists single
/// addresses only; networks are the separate `ipv4-net` kind). Values repeated across indicators are repeated.
public struct PlainListWriter: FeedWriter {
    /// `text/plain; charset=utf-8`.
    public var contentType: String { "text/plain; charset=utf-8" }
    /// The kind listed.
    public let kind: FeedKind

    /// Creates a writer listing entries of `kind`.
    public init(kind: FeedKind) {
        self.kind = kind
    }

    /// Appends the indicator's values of ``kind``, one a line.
    public mutating func write(_ indicator: FeedIndicator, into output: inout [UInt8]) {
        for entry in indicator.entries where entry.kind == self.kind {
            FeedText.append(entry.value, to: &output)
            output.append(UInt8(ascii: "\n"))
        }
    }
}
