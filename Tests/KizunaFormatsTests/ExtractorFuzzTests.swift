import KizunaFormats
import KizunaTestSupport
import STIXPatterns
import Testing

@Suite("fuzzing")
struct ExtractorFuzzTests {

    @Test("random bytes never crash the extractor and every reported value is canonical")
    func randomBytes() {
        var generator = SplitMix64(seed: 42)
        var extractor = ObservableExtractor()
        let alphabet = Array("0123456789abcdefxX.:@-_+/[](){}%hHtps \t\"'<>#?=&".utf8) + [0x00, 0x80, 0xC3, 0xBC, 0xFF, 0xE4]
        var reported = 0
        for round in 0..<5_000 {
            let count = Int.random(in: 0...300, using: &generator)
            let line: [UInt8] = (0..<count).map { _ in
                round % 2 == 0 ? UInt8.random(in: 0...255, using: &generator) : alphabet.randomElement(using: &generator)!
            }
            line.withUnsafeBytes { bytes in
                extractor.extract(line: bytes) { kind, canonical, column in
                    reported += 1
                    let value = String(decoding: canonical, as: UTF8.self)
                    #expect(ObservableNormalizer.canonical(value, as: kind) == value)
                    #expect(column >= 1 && column <= count)
                }
            }
        }
        #expect(reported > 0)
    }
}
