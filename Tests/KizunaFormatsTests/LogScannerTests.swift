import Foundation
import KizunaFormats
import STIXPatterns
import Testing

@Suite("streaming log scanner")
struct LogScannerTests {
    /// A temporary file holding `text`, removed by `body`'s end.
    static func withLogFile<Result>(_ text: String, _ body: (String) throws -> Result) throws -> Result {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("kizuna-log-\(UUID().uuidString).log")
        try Data(text.utf8).write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        return try body(url.path)
    }

    /// A log of `lines` lines mixing observables and noise, with lines of varying length.
    static func sampleLog(lines: Int) -> String {
        var text = ""
        for index in 0..<lines {
            let padding = String(repeating: "x", count: (index * 37) % 300)
            switch index % 4 {
            case 0: text += "\(index) GET http://host\(index).example/p?\(padding) - DIRECT/10.0.\(index % 256).\(index % 200 + 1)\n"
            case 1: text += "query: name\(index).Example.ORG IN A \(padding)\n"
            case 2: text += "to=<u\(index)@mail.example> relay=[2001:db8::\(String(index, radix: 16))] \(padding)\r\n"
            default: text += "noise line \(index) version 1.2.\(index) \(padding)\n"
            }
        }
        return text
    }

    /// Every observable the scanner reports when the lookup matches everything.
    static func scanAll(_ path: String, chunkSize: Int) throws -> (hits: [ExtractedObservable], summary: LogScanSummary) {
        var hits: [ExtractedObservable] = []
        let scanner = try LogScanner(chunkSize: chunkSize)
        let summary = try scanner.scan(path: path, lookup: { kind, _ in [UInt32(kind.rawValue)] }, onHit: { hits.append($0.observable) })
        return (hits, summary)
    }

    @Test("chunk boundaries: every observable is found once, in file order, whatever the chunk size")
    func chunkBoundaries() throws {
        let text = Self.sampleLog(lines: 2_000)
        var extractor = ObservableExtractor()
        let expected = extractor.observables(in: text)
        try Self.withLogFile(text) { path in
            for chunkSize in [4096, 4097, 5000, 65_536, 4 << 20] {
                let (hits, summary) = try Self.scanAll(path, chunkSize: chunkSize)
                #expect(hits == expected, "chunk size \(chunkSize)")
                #expect(summary.lines == 2_000)
                #expect(summary.bytes == text.utf8.count)
                #expect(summary.hits == expected.count)
                #expect(summary.observables == expected.count)
            }
        }
    }

    @Test("a last line without a line break is scanned and counted")
    func lastLineWithoutBreak() throws {
        try Self.withLogFile("a 1.2.3.4\nb 5.6.7.8") { path in
            let (hits, summary) = try Self.scanAll(path, chunkSize: 4096)
            #expect(hits.map(\.value) == ["1.2.3.4", "5.6.7.8"])
            #expect(hits.map(\.line) == [1, 2])
            #expect(summary.lines == 2)
        }
    }

    @Test("an empty file and a file of empty lines yield no hits and the right line count")
    func emptyFiles() throws {
        try Self.withLogFile("") { path in
            let (hits, summary) = try Self.scanAll(path, chunkSize: 4096)
            #expect(hits.isEmpty)
            #expect(summary.lines == 0)
            #expect(summary.bytes == 0)
        }
        try Self.withLogFile("\n\r\n\n") { path in
            let (hits, summary) = try Self.scanAll(path, chunkSize: 4096)
            #expect(hits.isEmpty)
            #expect(summary.lines == 3)
        }
    }

    @Test("a line longer than a chunk is cut, and later line numbers stay right")
    func overlongLine() throws {
        let text = String(repeating: "word ", count: 2_000) + "\nnext 192.0.2.1\n"
        try Self.withLogFile(text) { path in
            let (hits, summary) = try Self.scanAll(path, chunkSize: 4096)
            #expect(hits.map(\.value) == ["192.0.2.1"])
            #expect(hits.first?.line == 2)
            #expect(summary.lines == 2)
        }
    }

    @Test("only matched observables are reported, with what the lookup returned")
    func lookupResults() throws {
        try Self.withLogFile("x 10.0.0.1 evil.example\ny 10.0.0.2 good.example\n") { path in
            var hits: [LogHit] = []
            let scanner = try LogScanner()
            let summary = try scanner.scan(
                path: path,
                lookup: { kind, value in
                    String(decoding: value, as: UTF8.self) == "evil.example" && kind == .domain ? [7, 9] : []
                },
                onHit: { hits.append($0) })
            #expect(hits == [LogHit(observable: ExtractedObservable(kind: .domain, value: "evil.example", line: 1, column: 12), matches: [7, 9])])
            #expect(summary.observables == 4)
            #expect(summary.hits == 1)
        }
    }

    @Test("memory stays constant: scratch buffers do not grow with the file size")
    func constantMemory() throws {
        let small = Self.sampleLog(lines: 2_000)
        let large = String(repeating: small, count: 16)
        let smallPeak = try Self.withLogFile(small) { try Self.scanAll($0, chunkSize: 65_536).summary.peakBufferBytes }
        let largePeak = try Self.withLogFile(large) { try Self.scanAll($0, chunkSize: 65_536).summary.peakBufferBytes }
        #expect(large.utf8.count > 4_000_000)
        #expect(largePeak <= smallPeak + 65_536)
        #expect(largePeak < 2 * 65_536 + 1_000_000)
    }

    @Test("progress ends at the file size")
    func progress() throws {
        let text = Self.sampleLog(lines: 500)
        try Self.withLogFile(text) { path in
            var reports: [Int] = []
            let scanner = try LogScanner(chunkSize: 4096)
            _ = try scanner.scan(
                path: path, lookup: { _, _ in [] }, onHit: { _ in },
                progress: { done, total in
                    #expect(total == text.utf8.count)
                    reports.append(done)
                })
            #expect(reports.last == text.utf8.count)
            #expect(reports == reports.sorted())
        }
    }

    @Test("a missing file and a tiny chunk size are clear errors")
    func errors() throws {
        #expect(throws: LogScanError.chunkSizeTooSmall(100)) { try LogScanner(chunkSize: 100) }
        let scanner = try LogScanner()
        #expect(throws: LogScanError.cannotOpen(path: "/nonexistent/kizuna.log", errno: ENOENT)) {
            try scanner.scan(path: "/nonexistent/kizuna.log", lookup: { _, _ in [] }, onHit: { _ in })
        }
    }
}
