import KizunaTestSupport
import STIXPatterns
import Testing

@Suite("byte API agrees with the String API")
struct ByteAPIPropertyTests {

    /// Pieces that random inputs are assembled from: parts of every kind, defanged forms, odd bytes.
    static let pieces = [
        "1", "0", "255", "256", "01", ".", ":", "::", "a", "F", "ff", "x", "-", "_", "@", "/", "//", "%41", "%2e", "%", "?", "#", "[", "]",
        "(", ")", "{", "}", "[.]", "(dot)", "[@]", "[:]", "hxxp", "HXXP", "fxp", "s", "http://", "https://", "ftp://", "Example", "com",
        "ü", "例", "\u{308}", "。", " ", "..", "xn--", ":80", ":443", "%zone", "ffff",
    ]

    static func randomInput(_ generator: inout SplitMix64) -> String {
        let count = Int.random(in: 1...10, using: &generator)
        return (0..<count).map { _ in Self.pieces.randomElement(using: &generator)! }.joined()
    }

    static func byteCanonical(_ text: String, as kind: ObservableKind) -> (array: String?, raw: String?) {
        var bytes = Array(text.utf8)
        var output: [UInt8] = [1, 2, 3]
        let found = bytes.withUnsafeBytes { ObservableNormalizer.canonical($0, as: kind, into: &output) }
        var memory = [UInt8](repeating: 0, count: ObservableNormalizer.canonicalCapacity(forByteCount: bytes.count))
        let length = bytes.withUnsafeMutableBytes { input in
            memory.withUnsafeMutableBytes { ObservableNormalizer.canonical(UnsafeRawBufferPointer(input), as: kind, into: $0) }
        }
        bytes.removeAll()
        return (
            found ? String(decoding: output, as: UTF8.self) : nil,
            length.map { String(decoding: memory[0..<$0], as: UTF8.self) }
        )
    }

    @Test("canonical forms agree on 20,000 generated inputs of every kind")
    func canonicalAgrees() {
        var generator = SplitMix64(seed: 7)
        var valid = 0
        for _ in 0..<20_000 {
            let input = Self.randomInput(&generator)
            for kind in ObservableKind.allCases {
                let expected = ObservableNormalizer.canonical(input, as: kind)
                let (array, raw) = Self.byteCanonical(input, as: kind)
                #expect(array == expected, "\(kind) \(input)")
                #expect(raw == expected, "\(kind) \(input)")
                if expected != nil { valid += 1 }
            }
        }
        #expect(valid > 1000)
    }

    @Test("a too small output buffer gives nil, never a truncated form")
    func smallBuffer() {
        var input = Array("http://example.com/some/path".utf8)
        var memory = [UInt8](repeating: 0, count: 10)
        let length = input.withUnsafeMutableBytes { bytes in
            memory.withUnsafeMutableBytes { ObservableNormalizer.canonical(UnsafeRawBufferPointer(bytes), as: .url, into: $0) }
        }
        #expect(length == nil)
    }

    /// An independent refang: regular expressions applied one after another.
    static func regexRefang(_ text: String) -> String {
        let https = text.replacing(/[hH][xX][xX][pP][sS](?=[:\[({])/.matchingSemantics(.unicodeScalar), with: "https")
        let http = https.replacing(/[hH][xX][xX][pP](?=[:\[({])/.matchingSemantics(.unicodeScalar), with: "http")
        let schemes = http.replacing(/[fF][xX][pP](?=[:\[({])/.matchingSemantics(.unicodeScalar), with: "ftp")
        let bracketed =
            /\[(\.|[dD][oO][tT]|@|[aA][tT]|:\/\/|:|\/)\]|\((\.|[dD][oO][tT]|@|[aA][tT]|:\/\/|:|\/)\)|\{(\.|[dD][oO][tT]|@|[aA][tT]|:\/\/|:|\/)\}/
        return schemes.replacing(bracketed.matchingSemantics(.unicodeScalar)) { match in
            let inner = (match.output.1 ?? match.output.2 ?? match.output.3 ?? "").lowercased()
            switch inner {
            case "dot": return "."
            case "at": return "@"
            default: return inner
            }
        }
    }

    @Test("refang agrees with an independent regular-expression refang on 20,000 generated inputs")
    func refangAgrees() {
        var generator = SplitMix64(seed: 11)
        var changed = 0
        for _ in 0..<20_000 {
            let input = Self.randomInput(&generator)
            let expected = Self.regexRefang(input)
            #expect(ObservableNormalizer.refang(input) == expected, "\(input)")
            var bytes = Array(input.utf8)
            var output: [UInt8] = []
            bytes.withUnsafeMutableBytes { ObservableNormalizer.refang(UnsafeRawBufferPointer($0), into: &output) }
            #expect(String(decoding: output, as: UTF8.self) == expected, "\(input)")
            if expected != input { changed += 1 }
        }
        #expect(changed > 1000)
    }
}
