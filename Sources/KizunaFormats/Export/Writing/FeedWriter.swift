/// A streaming feed writer: call ``begin(into:)`` once, ``write(_:into:)`` per indicator, then ``end(into:)``;
/// each appends bytes to `output`, which the caller may flush and empty between calls.
public protocol FeedWriter: Sendable {
    /// The HTTP `Content-Type` of the output.
    var contentType: String { get }
    /// Appends what comes before the first indicator (headers, zone apex).
    mutating func begin(into output: inout [UInt8])
    /// Appends the lines for one indicator.
    mutating func write(_ indicator: FeedIndicator, into output: inout [UInt8])
    /// Appends what comes after the last indicator.
    mutating func end(into output: inout [UInt8])
}

extension FeedWriter {
    /// Appends nothing: most formats have no header.
    public mutating func begin(into output: inout [UInt8]) {}

    /// Appends nothing: most formats have no trailer.
    public mutating func end(into output: inout [UInt8]) {}
}
