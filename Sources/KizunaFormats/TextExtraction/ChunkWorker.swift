import STIXPatterns

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// One of the scanner's workers: a fixed chunk buffer, an extractor, and the hits of its current chunk.
///
/// `@unchecked Sendable` because the scanner hands each worker to exactly one thread at a time: it fills the buffer on
/// the calling thread, runs `process` on a worker thread, and reads the results after `concurrentPerform` has joined.
final class ChunkWorker: @unchecked Sendable {
    /// The chunk buffer (fixed capacity).
    let buffer: UnsafeMutableRawBufferPointer
    /// Bytes of `buffer` that hold data.
    var filled = 0
    /// Bytes of the filled data that end at a line break (or all of it at end of file or for an over-long line).
    var chunkLength = 0
    private var extractor = ObservableExtractor()
    /// Kind, line offset within the chunk, column, value range in `values`, match range in `matchArena` of each hit.
    private(set) var hits: [(kind: ObservableKind, line: Int, column: Int, value: Range<Int>, matches: Range<Int>)] = []
    private(set) var values: [UInt8] = []
    private(set) var matchArena: [UInt32] = []
    /// Line breaks in the chunk.
    private(set) var lineBreaks = 0
    /// Observables looked up in the chunk.
    private(set) var observables = 0

    init(capacity: Int) {
        self.buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: capacity, alignment: 64)
    }

    deinit {
        self.buffer.deallocate()
    }

    /// The scratch memory held, in bytes.
    var bufferBytes: Int {
        self.buffer.count + self.extractor.bufferBytes + self.hits.capacity * MemoryLayout<(ObservableKind, Int, Int, Range<Int>, Range<Int>)>.stride
            + self.values.capacity + self.matchArena.capacity * 4
    }

    /// Extracts and looks up every observable of the chunk, keeping the hits.
    func process(lookup: (ObservableKind, UnsafeRawBufferPointer) -> [UInt32]) {
        self.hits.removeAll(keepingCapacity: true)
        self.values.removeAll(keepingCapacity: true)
        self.matchArena.removeAll(keepingCapacity: true)
        self.lineBreaks = 0
        self.observables = 0
        let chunk = UnsafeRawBufferPointer(rebasing: self.buffer[0..<self.chunkLength])
        guard let base = chunk.baseAddress else { return }
        var lineStart = 0
        var line = 0
        var observables = 0
        while lineStart < chunk.count {
            let remaining = chunk.count - lineStart
            var lineEnd = chunk.count
            if let found = memchr(base + lineStart, 0x0A, remaining) {
                lineEnd = base.distance(to: UnsafeRawPointer(found))
            }
            var contentEnd = lineEnd
            if contentEnd > lineStart, chunk[contentEnd - 1] == 0x0D { contentEnd -= 1 }
            self.extractor.extract(line: UnsafeRawBufferPointer(rebasing: chunk[lineStart..<contentEnd])) { kind, canonical, column in
                observables += 1
                let matches = lookup(kind, canonical)
                guard !matches.isEmpty else { return }
                let valueStart = self.values.count
                self.values.append(contentsOf: canonical)
                let matchStart = self.matchArena.count
                self.matchArena.append(contentsOf: matches)
                self.hits.append((kind, line, column, valueStart..<self.values.count, matchStart..<self.matchArena.count))
            }
            if lineEnd < chunk.count { line += 1 }
            lineStart = lineEnd + 1
        }
        self.lineBreaks = line
        self.observables = observables
    }
}
