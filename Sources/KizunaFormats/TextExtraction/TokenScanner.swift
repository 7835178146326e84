import STIXPatterns

/// The tokeniser behind `ObservableExtractor`: splits a (refanged) line into tokens and URLs and reports the
/// observables among them.
struct TokenScanner {
    /// Fixed output buffer for canonical forms of tokens up to `maximumFastTokenLength` bytes.
    private var canonical = [UInt8](repeating: 0, count: ObservableNormalizer.canonicalCapacity(forByteCount: Self.maximumFastTokenLength))
    /// Output buffer for longer tokens (grows only for them).
    private var longCanonical: [UInt8] = []
    /// Tokens longer than this take the slower, allocating path.
    static let maximumFastTokenLength = 8192

    /// The bytes of scratch memory held.
    var bufferBytes: Int { self.canonical.capacity + self.longCanonical.capacity }

    init() {}

    /// Calls `body` with the canonical form of `bytes` as `kind`, or returns nil when it is not one.
    mutating func withCanonical<Result>(
        _ bytes: UnsafeRawBufferPointer, as kind: ObservableKind, _ body: (UnsafeRawBufferPointer) -> Result
    ) -> Result? {
        guard bytes.count <= Self.maximumFastTokenLength else {
            guard ObservableNormalizer.canonical(bytes, as: kind, into: &self.longCanonical) else { return nil }
            return self.longCanonical.withUnsafeBytes(body)
        }
        return self.canonical.withUnsafeMutableBytes { output in
            guard let length = ObservableNormalizer.canonical(bytes, as: kind, into: output) else { return nil }
            return body(UnsafeRawBufferPointer(rebasing: output[0..<length]))
        }
    }

    /// Reports the observables of `text`; `sourceOffsets` maps indices of a refanged `text` back to the original line.
    mutating func scan(
        _ text: UnsafeRawBufferPointer, table: UnsafeBufferPointer<UInt16>, sourceOffsets: UnsafeBufferPointer<Int32>?,
        _ body: (ObservableKind, UnsafeRawBufferPointer, Int) -> Void
    ) {
        withoutActuallyEscaping(body) { body in
            var context = Context(text: text, table: table, sourceOffsets: sourceOffsets, body: body)
            self.scan(&context)
        }
    }

    /// Walks the tokens of `context.text`.
    private mutating func scan(_ context: inout Context) {
        let text = context.text
        let table = context.table
        let count = text.count
        var index = 0
        while index < count {
            if table[Int(text[index])] & ByteClassTable.word == 0 {
                index += 1
                continue
            }
            let start = index
            var flags: UInt16 = 0
            while index < count {
                let byteFlags = table[Int(text[index])]
                if byteFlags & ByteClassTable.word == 0 { break }
                flags |= byteFlags
                index += 1
            }
            if flags & ByteClassTable.colon != 0, index + 1 < count, text[index] == UInt8(ascii: "/"),
                text[index + 1] == UInt8(ascii: "/"), text[index - 1] == UInt8(ascii: ":"),
                let schemeStart = Self.schemeStart(text, colon: index - 1, tokenStart: start)
            {
                if schemeStart > start { self.classify(start..<schemeStart, flags: nil, &context) }
                index = self.scanURL(from: schemeStart, colon: index - 1, &context)
                continue
            }
            self.classify(start..<index, flags: flags, &context)
        }
    }

    /// What one scan needs besides the buffers.
    struct Context {
        let text: UnsafeRawBufferPointer
        let table: UnsafeBufferPointer<UInt16>
        let sourceOffsets: UnsafeBufferPointer<Int32>?
        let body: (ObservableKind, UnsafeRawBufferPointer, Int) -> Void

        /// The 1-based column in the original line of index `index` of `text`.
        func column(_ index: Int) -> Int {
            guard let sourceOffsets = self.sourceOffsets else { return index + 1 }
            return Int(sourceOffsets[index]) + 1
        }

        /// The flags of every byte in `range`, or-ed.
        func flags(_ range: Range<Int>) -> UInt16 {
            var flags: UInt16 = 0
            for index in range { flags |= self.table[Int(self.text[index])] }
            return flags
        }

        /// `range` without leading and trailing bytes that `isTrimmed` accepts.
        func trimmed(_ range: Range<Int>, _ isTrimmed: (UInt8) -> Bool) -> Range<Int> {
            var lower = range.lowerBound
            var upper = range.upperBound
            while lower < upper, isTrimmed(self.text[lower]) { lower += 1 }
            while upper > lower, isTrimmed(self.text[upper - 1]) { upper -= 1 }
            return lower..<upper
        }

        func slice(_ range: Range<Int>) -> UnsafeRawBufferPointer {
            UnsafeRawBufferPointer(rebasing: self.text[range])
        }
    }

    /// Canonicalises `range` as `kind` and reports it when valid (and, for domains, when `DomainHeuristics` agree).
    @discardableResult
    mutating func emit(_ kind: ObservableKind, _ range: Range<Int>, heuristics: Bool = false, _ context: inout Context) -> Bool {
        guard !range.isEmpty else { return false }
        let column = context.column(range.lowerBound)
        let body = context.body
        let emitted = self.withCanonical(context.slice(range), as: kind) { canonical in
            if heuristics, !DomainHeuristics.isLikelyDomain(canonical) { return false }
            body(kind, canonical, column)
            return true
        }
        return emitted ?? false
    }
}
