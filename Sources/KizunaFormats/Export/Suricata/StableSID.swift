/// The stable part of Suricata signature ids: a 64-bit FNV-1a hash of `indicator-id|rule-kind|value`, so a rule
/// keeps its id across exports and across versions of its indicator.
enum StableSID {
    /// The FNV-1a hash of `id`, `|`, `kind`, `|`, `value` (UTF-8).
    static func hash(id: String, kind: StaticString, value: String) -> UInt64 {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        @inline(__always) func mix(_ byte: UInt8) {
            hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
        }
        for byte in id.utf8 { mix(byte) }
        mix(UInt8(ascii: "|"))
        let kindBytes = UnsafeBufferPointer(start: kind.utf8Start, count: kind.utf8CodeUnitCount)
        for byte in kindBytes { mix(byte) }
        mix(UInt8(ascii: "|"))
        for byte in value.utf8 { mix(byte) }
        return hash
    }
}
