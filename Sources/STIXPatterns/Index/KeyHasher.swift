/// A seeded 64-bit hash of short byte strings, reading eight bytes at a time.
///
/// The seed is random per index so that values chosen by an indicator's author cannot force collisions.
struct KeyHasher: Sendable {
    /// The per-table seed.
    let seed: UInt64

    /// Creates a hasher with a random seed.
    init() {
        var generator = SystemRandomNumberGenerator()
        self.seed = generator.next()
    }

    /// The hash of `bytes` within `field`.
    @inline(__always)
    func hash(field: UInt32, _ bytes: UnsafeRawBufferPointer) -> UInt64 {
        var state = self.seed ^ (UInt64(field) &* 0x9E37_79B9_7F4A_7C15) ^ UInt64(bytes.count)
        var index = 0
        let count = bytes.count
        while index + 8 <= count {
            state = Self.mix(state ^ bytes.loadUnaligned(fromByteOffset: index, as: UInt64.self))
            index += 8
        }
        if index < count {
            var last: UInt64 = 0
            var shift: UInt64 = 0
            while index < count {
                last |= UInt64(bytes[index]) << shift
                shift += 8
                index += 1
            }
            state = Self.mix(state ^ last)
        }
        return Self.finish(state)
    }

    @inline(__always)
    private static func mix(_ value: UInt64) -> UInt64 {
        let product = value.multipliedFullWidth(by: 0xA076_1D64_78BD_642F)
        return product.high ^ product.low
    }

    @inline(__always)
    private static func finish(_ value: UInt64) -> UInt64 {
        var value = value
        value ^= value >> 33
        value &*= 0xFF51_AFD7_ED55_8CCD
        value ^= value >> 33
        value &*= 0xC4CE_B9FE_1A85_EC53
        value ^= value >> 33
        return value
    }
}
