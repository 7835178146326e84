import STIXPatterns

/// Convenience for whole texts (not for hot paths: it creates a `String` per observable).
extension ObservableExtractor {
    /// Every observable in `text`, in order; lines end at `\n` (a `\r` before it is dropped).
    public mutating func observables(in text: String) -> [ExtractedObservable] {
        var found: [ExtractedObservable] = []
        var lineNumber = 0
        for line in text.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false) {
            lineNumber += 1
            var bytes = Array(line)
            if bytes.last == UInt8(ascii: "\r") { bytes.removeLast() }
            bytes.withUnsafeBytes { lineBytes in
                self.extract(line: lineBytes) { kind, canonical, column in
                    found.append(
                        ExtractedObservable(kind: kind, value: String(decoding: canonical, as: UTF8.self), line: lineNumber, column: column))
                }
            }
        }
        return found
    }
}
