import Dispatch
public import STIXPatterns

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Streams a log file in constant memory and reports the observables a lookup matches, in file order.
///
/// The file is read in fixed-size chunks cut at line breaks; two workers extract and look up alternate chunks at the
/// same time, and their hits are merged back in line order. A line longer than the chunk size is cut into chunk-sized
/// pieces (an observable across a cut is missed; line numbers stay right).
public struct LogScanner: Sendable {
    /// The size of each of the two chunk buffers, in bytes.
    public let chunkSize: Int

    /// A scanner with chunks of `chunkSize` bytes (default 4 MiB; at least 4096).
    public init(chunkSize: Int = 4 << 20) throws(LogScanError) {
        guard chunkSize >= 4096 else { throw .chunkSizeTooSmall(chunkSize) }
        self.chunkSize = chunkSize
    }

    /// Scans the file at `path`: `lookup` (called on worker threads) gets each observable's kind and canonical bytes;
    /// `onHit` (on the calling thread, in file order) gets each observable for which `lookup` returned anything;
    /// `progress` gets bytes done and the file size after each pair of chunks.
    public func scan(
        path: String, lookup: @Sendable (ObservableKind, UnsafeRawBufferPointer) -> [UInt32], onHit: (LogHit) -> Void,
        progress: (_ bytesDone: Int, _ bytesTotal: Int) -> Void = { _, _ in }
    ) throws(LogScanError) -> LogScanSummary {
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else { throw .cannotOpen(path: path, errno: errno) }
        defer { close(descriptor) }
        var status = stat()
        let total = fstat(descriptor, &status) == 0 ? Int(status.st_size) : 0
        let workers = [ChunkWorker(capacity: self.chunkSize), ChunkWorker(capacity: self.chunkSize)]
        var summary = LogScanSummary()
        var carry: (worker: Int, range: Range<Int>)? = nil
        var endOfFile = false
        var firstLine = 1
        var lastByte: UInt8 = 0x0A
        while !endOfFile || carry != nil {
            var used = 0
            for (index, worker) in workers.enumerated() {
                if endOfFile && carry == nil { break }
                if let (source, range) = carry {
                    let from = UnsafeRawBufferPointer(rebasing: workers[source].buffer[range])
                    worker.buffer.copyMemory(from: from)
                    worker.filled = range.count
                } else {
                    worker.filled = 0
                }
                carry = nil
                if !endOfFile { endOfFile = try Self.fill(worker, descriptor: descriptor, path: path, offset: summary.bytes) }
                worker.chunkLength = Self.lineBoundary(worker, atEndOfFile: endOfFile)
                if worker.chunkLength < worker.filled { carry = (index, worker.chunkLength..<worker.filled) }
                summary.bytes += worker.chunkLength
                used = index + 1
            }
            guard used > 0 else { break }
            let active = Array(workers[0..<used])
            DispatchQueue.concurrentPerform(iterations: active.count) { index in
                active[index].process(lookup: lookup)
            }
            for worker in active {
                for hit in worker.hits {
                    let value = String(decoding: worker.values[hit.value], as: UTF8.self)
                    let observable = ExtractedObservable(kind: hit.kind, value: value, line: firstLine + hit.line, column: hit.column)
                    onHit(LogHit(observable: observable, matches: Array(worker.matchArena[hit.matches])))
                }
                summary.hits += worker.hits.count
                summary.observables += worker.observables
                firstLine += worker.lineBreaks
                summary.lines += worker.lineBreaks
                if worker.chunkLength > 0 { lastByte = worker.buffer[worker.chunkLength - 1] }
            }
            summary.peakBufferBytes = max(summary.peakBufferBytes, workers.reduce(0) { $0 + $1.bufferBytes })
            progress(summary.bytes, total)
        }
        if lastByte != 0x0A { summary.lines += 1 }
        return summary
    }

    /// Reads into the rest of `worker`'s buffer; returns whether the end of the file was reached.
    private static func fill(_ worker: ChunkWorker, descriptor: Int32, path: String, offset: Int) throws(LogScanError) -> Bool {
        while worker.filled < worker.buffer.count {
            let count = read(descriptor, worker.buffer.baseAddress! + worker.filled, worker.buffer.count - worker.filled)
            if count < 0 {
                if errno == EINTR { continue }
                throw .readFailed(path: path, errno: errno, offset: offset + worker.filled)
            }
            if count == 0 { return true }
            worker.filled += count
        }
        return false
    }

    /// The length of the chunk to process: up to the last line break, or everything at end of file or when the buffer
    /// holds no line break at all.
    private static func lineBoundary(_ worker: ChunkWorker, atEndOfFile: Bool) -> Int {
        guard !atEndOfFile else { return worker.filled }
        var index = worker.filled
        while index > 0 {
            if worker.buffer[index - 1] == 0x0A { return index }
            index -= 1
        }
        return worker.filled
    }
}
