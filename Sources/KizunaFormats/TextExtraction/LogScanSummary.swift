/// Counts from one `LogScanner` run.
public struct LogScanSummary: Sendable, Hashable {
    /// Bytes read.
    public var bytes = 0
    /// Lines seen (a last line without a line break counts).
    public var lines = 0
    /// Observables extracted and looked up.
    public var observables = 0
    /// Observables the lookup matched.
    public var hits = 0
    /// The largest scratch memory the scanner held at once (chunk buffers, extractor and hit buffers), in bytes; it
    /// depends on the chunk size and the hits per chunk, not on the file size.
    public var peakBufferBytes = 0

    /// An all-zero summary.
    public init() {}
}
