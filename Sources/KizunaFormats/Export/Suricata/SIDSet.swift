/// A compact set of Suricata signature ids: open addressing with linear probing over `UInt32` slots (0 marks an
/// empty slot), kept at most three-quarters full, so it holds between 4 and about 10.7 bytes per id.
struct SIDSet: Sendable {
    private var slots: [UInt32]
    private var shift: UInt64
    /// How many ids the set holds.
    private(set) var count = 0

    /// Creates an empty set.
    init() {
        self.slots = [UInt32](repeating: 0, count: 1024)
        self.shift = 64 - 10
    }

    /// Adds `sid` (never 0) and returns true, or returns false when it was already present.
    mutating func insert(_ sid: UInt32) -> Bool {
        precondition(sid != 0, "signature id 0 is not valid")
        if (self.count + 1) * 4 > self.slots.count * 3 { self.grow() }
        let inserted = Self.place(sid, in: &self.slots, shift: self.shift)
        if inserted { self.count += 1 }
        return inserted
    }

    /// Whether `sid` is in the set.
    func contains(_ sid: UInt32) -> Bool {
        let mask = self.slots.count - 1
        var index = Self.slot(of: sid, shift: self.shift)
        while true {
            let stored = self.slots[index]
            if stored == sid { return true }
            if stored == 0 { return false }
            index = (index + 1) & mask
        }
    }

    private mutating func grow() {
        var larger = [UInt32](repeating: 0, count: self.slots.count * 2)
        let largerShift = self.shift - 1
        for sid in self.slots where sid != 0 { _ = Self.place(sid, in: &larger, shift: largerShift) }
        self.slots = larger
        self.shift = largerShift
    }

    @inline(__always)
    private static func slot(of sid: UInt32, shift: UInt64) -> Int {
        Int(truncatingIfNeeded: (UInt64(sid) &* 0x9E37_79B9_7F4A_7C15) >> shift)
    }

    @inline(__always)
    private static func place(_ sid: UInt32, in slots: inout [UInt32], shift: UInt64) -> Bool {
        let mask = slots.count - 1
        var index = Self.slot(of: sid, shift: shift)
        while true {
            let stored = slots[index]
            if stored == sid { return false }
            if stored == 0 {
                slots[index] = sid
                return true
            }
            index = (index + 1) & mask
        }
    }
}
