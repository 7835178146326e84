import STIX

/// Byte-appending helpers shared by the feed writers.
enum FeedText {
    /// Appends the decimal digits of `value`.
    @inline(__always)
    static func appendDecimal(_ value: UInt64, to output: inout [UInt8]) {
        if value >= 10 { Self.appendDecimal(value / 10, to: &output) }
        output.append(UInt8(truncatingIfNeeded: 0x30 &+ value % 10))
    }

    /// Appends the UTF-8 bytes of `text`.
    @inline(__always)
    static func append(_ text: String, to output: inout [UInt8]) {
        let copied: Void? = text.utf8.withContiguousStorageIfAvailable { output.append(contentsOf: $0) }
        if copied == nil { output.append(contentsOf: text.utf8) }
    }

    /// Appends the UTF-8 bytes of `text`, each control character (below U+0020, and U+007F) as a space.
    static func appendSingleLine(_ text: some StringProtocol, to output: inout [UInt8]) {
        Self.append(text, to: &output, keeping: { $0 >= 0x20 && $0 != 0x7F }, replacing: { _, output in output.append(0x20) })
    }

    /// Appends the UTF-8 bytes of `text`: runs of bytes `keeps` accepts are copied at once, every other byte goes
    /// through `replace`.
    @inline(__always)
    static func append(
        _ text: some StringProtocol, to output: inout [UInt8], keeping keeps: (UInt8) -> Bool, replacing replace: (UInt8, inout [UInt8]) -> Void
    ) {
        let copied: Void? = text.utf8.withContiguousStorageIfAvailable { bytes in
            var runStart = 0
            for index in 0..<bytes.count where !keeps(bytes[index]) {
                output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<index]))
                replace(bytes[index], &output)
                runStart = index + 1
            }
            output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart...]))
        }
        guard copied == nil else { return }
        for byte in text.utf8 {
            if keeps(byte) { output.append(byte) } else { replace(byte, &output) }
        }
    }

    /// The first `limit` characters of `name`; a name of at most `limit` UTF-8 bytes is returned whole without
    /// walking its characters.
    static func truncated(_ name: String, to limit: Int) -> Substring {
        name.utf8.count <= limit ? Substring(name) : name.prefix(limit)
    }

    /// The TLP label (`TLP:AMBER+STRICT`) as a literal, so writing it never allocates.
    static func label(of tlp: TLP) -> String {
        switch tlp {
        case .clear: "TLP:CLEAR"
        case .green: "TLP:GREEN"
        case .amber: "TLP:AMBER"
        case .amberStrict: "TLP:AMBER+STRICT"
        case .red: "TLP:RED"
        }
    }

    /// The uppercase hex digit of `value` (0–15).
    @inline(__always)
    static func upperHexDigit(_ value: UInt8) -> UInt8 { value < 10 ? 0x30 &+ value : 0x37 &+ value }
}
