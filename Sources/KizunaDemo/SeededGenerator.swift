/// A small, fast, seeded pseudo-random generator (xoshiro256**, seeded through SplitMix64).
///
/// The demo must come out byte-for-byte the same for the same seed on every platform and Swift
/// version, so the helpers below draw from `next()` with their own arithmetic instead of relying
/// on the standard library's `random(in:using:)`, whose algorithm is not a stability promise.
struct SeededGenerator: RandomNumberGenerator, Sendable {
    private var state: (UInt64, UInt64, UInt64, UInt64)

    /// Creates a generator whose whole sequence is fixed by `seed`.
    init(seed: UInt64) {
        var splitMix = seed
        func nextSplitMix() -> UInt64 {
            splitMix &+= 0x9E37_79B9_7F4A_7C15
            var z = splitMix
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        self.state = (nextSplitMix(), nextSplitMix(), nextSplitMix(), nextSplitMix())
    }

    mutating func next() -> UInt64 {
        let result = rotateLeft(self.state.1 &* 5, by: 7) &* 9
        let shifted = self.state.1 << 17
        self.state.2 ^= self.state.0
        self.state.3 ^= self.state.1
        self.state.1 ^= self.state.2
        self.state.0 ^= self.state.3
        self.state.2 ^= shifted
        self.state.3 = rotateLeft(self.state.3, by: 45)
        return result
    }

    /// A uniformly distributed integer in `range` (Lemire's multiply-shift with rejection).
    mutating func int(in range: ClosedRange<Int>) -> Int {
        let span = UInt64(range.upperBound - range.lowerBound) &+ 1
        if span == 0 { return Int(truncatingIfNeeded: self.next()) }
        var product = self.next().multipliedFullWidth(by: span)
        if product.low < span {
            let threshold = (0 &- span) % span
            while product.low < threshold {
                product = self.next().multipliedFullWidth(by: span)
            }
        }
        return range.lowerBound + Int(product.high)
    }

    /// A uniformly distributed `Double` in `0..<1`.
    mutating func unit() -> Double {
        Double(self.next() >> 11) * 0x1.0p-53
    }

    /// `true` with probability `probability`.
    mutating func chance(_ probability: Double) -> Bool {
        self.unit() < probability
    }

    /// One element of a non-empty array.
    mutating func pick<Element>(_ elements: [Element]) -> Element {
        elements[self.int(in: 0...(elements.count - 1))]
    }

    /// `count` distinct elements of `elements`, in a random order.
    mutating func sample<Element>(_ elements: [Element], count: Int) -> [Element] {
        var pool = elements
        let wanted = min(count, pool.count)
        for index in 0..<wanted {
            pool.swapAt(index, self.int(in: index...(pool.count - 1)))
        }
        return Array(pool.prefix(wanted))
    }

    /// A string of `count` characters drawn from `alphabet`.
    mutating func string(count: Int, from alphabet: String) -> String {
        let characters = Array(alphabet)
        return String((0..<count).map { _ in self.pick(characters) })
    }

    /// `count` random lowercase hexadecimal digits, as in a hash.
    mutating func hex(count: Int) -> String {
        self.string(count: count, from: "0123456789abcdef")
    }

    /// A random (version 4, RFC 9562) UUID in its lowercase text form.
    mutating func uuid4() -> String {
        var bytes = (0..<16).map { _ in UInt8(truncatingIfNeeded: self.next()) }
        bytes[6] = (bytes[6] & 0x0F) | 0x40
        bytes[8] = (bytes[8] & 0x3F) | 0x80
        let hex = bytes.map { byte in
            let text = String(byte, radix: 16)
            return byte < 16 ? "0" + text : text
        }
        return [0..<4, 4..<6, 6..<8, 8..<10, 10..<16]
            .map { hex[$0].joined() }
            .joined(separator: "-")
    }
}

private func rotateLeft(_ value: UInt64, by amount: UInt64) -> UInt64 {
    (value << amount) | (value >> (64 - amount))
}
