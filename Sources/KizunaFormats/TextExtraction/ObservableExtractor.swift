public import STIXPatterns

/// Finds observables in lines of log text: IPv4 and IPv6 addresses, domain names, `http`/`https`/`ftp` URLs (also
/// defanged, and with their host as a further observable), e-mail addresses and MD5/SHA-1/SHA-256/SHA-512 hex digests,
/// each in its canonical form (see `ObservableNormalizer`).
///
/// A line is refanged first when it holds a defanged form. Tokens are maximal runs of letters, digits, `.`, `:`, `@`,
/// `-`, `_`, `+` and non-ASCII bytes; a URL runs from its scheme to the first space, quote, `<`, `>` or similar, less
/// trailing punctuation, and nothing inside a URL is reported but the URL and its host. Domains follow
/// `DomainHeuristics`; IPv4 addresses are exact dotted quads (`1.2.3.4.5` is none); digests are hex tokens of exactly
/// 32, 40, 64 or 128 digits. Reuses its buffers: after warm-up a line costs no allocation. Not thread-safe; use one
/// per thread.
public struct ObservableExtractor {
    private var tokens = TokenScanner()
    private var refanged: [UInt8] = []
    private var sourceOffsets: [Int32] = []

    /// An extractor with empty buffers.
    public init() {
        self.refanged.reserveCapacity(4096)
        self.sourceOffsets.reserveCapacity(4096)
    }

    /// The bytes of scratch memory this extractor holds.
    public var bufferBytes: Int {
        self.refanged.capacity + self.sourceOffsets.capacity * 4 + self.tokens.bufferBytes
    }

    /// Calls `body` with the kind, canonical bytes (valid only during the call) and 1-based byte column of each
    /// observable in `line` (which holds no line break), in order of position.
    public mutating func extract(line: UnsafeRawBufferPointer, _ body: (ObservableKind, UnsafeRawBufferPointer, Int) -> Void) {
        ByteClassTable.flags.withUnsafeBufferPointer { table in
            guard Self.holdsDefangedForm(line, table: table) else {
                self.tokens.scan(line, table: table, sourceOffsets: nil, body)
                return
            }
            var text: [UInt8] = []
            var offsets: [Int32] = []
            swap(&text, &self.refanged)
            swap(&offsets, &self.sourceOffsets)
            ObservableNormalizer.refang(line, into: &text, sourceOffsets: &offsets)
            text.withUnsafeBytes { refangedLine in
                offsets.withUnsafeBufferPointer { offsetBuffer in
                    self.tokens.scan(refangedLine, table: table, sourceOffsets: offsetBuffer, body)
                }
            }
            swap(&text, &self.refanged)
            swap(&offsets, &self.sourceOffsets)
        }
    }

    /// Whether `line` holds any defanged form. Skips eight bytes at a time while none of them is `[`, `{`, `(` or `x`
    /// in either case (a SWAR zero-byte test on the bytes or-ed with 0x20), and checks only the flagged bytes.
    private static func holdsDefangedForm(_ line: UnsafeRawBufferPointer, table: UnsafeBufferPointer<UInt16>) -> Bool {
        let count = line.count
        let ones: UInt64 = 0x0101_0101_0101_0101
        var index = 0
        while index + 8 <= count {
            let word = line.loadUnaligned(fromByteOffset: index, as: UInt64.self) | (ones &* 0x20)
            let x = word ^ (ones &* 0x78)
            let brace = word ^ (ones &* 0x7B)
            let parenthesis = word ^ (ones &* 0x28)
            var candidates = (((x &- ones) & ~x) | ((brace &- ones) & ~brace) | ((parenthesis &- ones) & ~parenthesis)) & (ones &* 0x80)
            while candidates != 0 {
                if Self.startsDefangedForm(line, near: index + candidates.trailingZeroBitCount / 8, table: table) { return true }
                candidates &= candidates &- 1
            }
            index += 8
        }
        while index < count {
            if Self.startsDefangedForm(line, near: index, table: table) { return true }
            index += 1
        }
        return false
    }

    /// Whether a defanged form starts at `index` (a bracket) or one byte before it (the first `x` of `hxxp`/`fxp`);
    /// cheap tests on the neighbouring bytes rule out most candidates before the full match.
    @inline(__always)
    private static func startsDefangedForm(_ line: UnsafeRawBufferPointer, near index: Int, table: UnsafeBufferPointer<UInt16>) -> Bool {
        let byte = line[index]
        guard table[Int(byte)] & ByteClassTable.defang != 0, index + 1 < line.count else { return false }
        let next = line[index + 1] | 0x20
        if byte | 0x20 == UInt8(ascii: "x") {
            guard index > 0 else { return false }
            let previous = line[index - 1] | 0x20
            guard (previous == UInt8(ascii: "h") && next == UInt8(ascii: "x")) || (previous == UInt8(ascii: "f") && next == UInt8(ascii: "p"))
            else { return false }
            return ObservableNormalizer.defangedFormLength(in: line, at: index - 1) != nil
        }
        switch next {
        case UInt8(ascii: "."), UInt8(ascii: "d"), UInt8(ascii: "@") | 0x20, UInt8(ascii: "a"), UInt8(ascii: ":") | 0x20, UInt8(ascii: "/"):
            return ObservableNormalizer.defangedFormLength(in: line, at: index) != nil
        default:
            return false
        }
    }
}
