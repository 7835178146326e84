import KizunaFormats
import STIXPatterns
import Testing

@Suite("fuzzing")
struct ExtractorFuzzTests {
    /// A small seeded generator so the run is reproducible.
    struct Generator: RandomNumberGenerator {
        var state: UInt64

        mutating func next() -> UInt64 {
            self.state &+= 0x9E37_79B9_7F4A_7C15
            var value = self.state
            value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
            value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
            return value ^ (value >> 31)
        }
    }

    @Test("random bytes never crash the extractor and every reported value is canonical")
    func randomBytes() {
        var generator = Generator(state: 42)
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
