#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Interned byte-string keys per field: a byte arena plus an open-addressing table of entry numbers.
///
/// Each entry costs 20 bytes plus its bytes in the arena and 16–32 bytes of slots; a slot holds the entry number and
/// 32 more bits of the hash, so a probe reads an entry only when those agree. Lookups allocate nothing.
/// Removed entries are reused; the arena is compacted when more than half of it is dead.
struct ByteKeyTable: Sendable {
    /// One key: where its bytes are, which field it belongs to, and the head of its posting list.
    struct Entry: Sendable {
        /// Offset of the key bytes in the arena.
        var offset: UInt32
        /// Length of the key bytes.
        var length: UInt32
        /// The field id, or `Entry.freeField` for an unused entry.
        var field: UInt32
        /// The low 32 bits of the key's hash.
        var hash: UInt32
        /// The first posting of this key.
        var head: UInt32

        /// The field value marking a free entry.
        static let freeField = UInt32.max
    }

    private(set) var entries: [Entry] = []
    private var arena: [UInt8] = []
    /// Entry number + 1 in the low 32 bits (0 for an empty slot), the hash's high 32 bits above.
    private var slots: [UInt64] = Array(repeating: 0, count: 16)
    private var freeEntries: [UInt32] = []
    private var deadBytes = 0
    private(set) var liveCount = 0
    /// Live entries per field number: a lookup skips hashing for a field without any (the domain-suffix fields when
    /// no indicator names a suffix).
    private var liveCountByField: [UInt32] = []
    private let hasher = KeyHasher()

    /// Bytes held by the table's storage (capacities, not counts).
    var storageBytes: Int {
        self.entries.capacity * MemoryLayout<Entry>.stride + self.arena.capacity + self.slots.capacity * 8
            + self.freeEntries.capacity * 4 + self.liveCountByField.capacity * 4
    }

    /// Whether `field` holds any key.
    @inline(__always)
    func holdsKeys(field: UInt32) -> Bool {
        Int(field) < self.liveCountByField.count && self.liveCountByField[Int(field)] > 0
    }

    /// The entry holding `bytes` in `field`, or nil.
    @inline(__always)
    func find(field: UInt32, _ bytes: UnsafeRawBufferPointer) -> UInt32? {
        let hash = self.hasher.hash(field: field, bytes)
        let mask = self.slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        return self.arena.withUnsafeBytes { arena in
            while true {
                let stored = self.slots[slot]
                if stored == 0 { return nil }
                if stored >> 32 == hash >> 32 {
                    let number = UInt32(truncatingIfNeeded: stored) - 1
                    let entry = self.entries[Int(number)]
                    if entry.field == field, Int(entry.length) == bytes.count, Self.equal(arena, entry, bytes) { return number }
                }
                slot = (slot + 1) & mask
            }
        }
    }

    /// The entry holding `bytes` in `field`, created (with no postings) when absent.
    mutating func findOrInsert(field: UInt32, _ bytes: UnsafeRawBufferPointer) -> UInt32 {
        if let existing = self.find(field: field, bytes) { return existing }
        if (self.liveCount + 1) * 2 > self.slots.count { self.resize(to: self.slots.count * 2) }
        let hash = self.hasher.hash(field: field, bytes)
        let offset = UInt32(self.arena.count)
        self.arena.append(contentsOf: bytes)
        let entry = Entry(
            offset: offset, length: UInt32(bytes.count), field: field, hash: UInt32(truncatingIfNeeded: hash),
            head: PostingStore.none)
        let number: UInt32
        if let reused = self.freeEntries.popLast() {
            number = reused
            self.entries[Int(number)] = entry
        } else {
            number = UInt32(self.entries.count)
            self.entries.append(entry)
        }
        self.place(number, hash: hash)
        self.liveCount += 1
        if Int(field) >= self.liveCountByField.count {
            self.liveCountByField += Array(repeating: 0, count: Int(field) + 1 - self.liveCountByField.count)
        }
        self.liveCountByField[Int(field)] += 1
        return number
    }

    /// The first posting of `entry`.
    @inline(__always)
    func head(_ entry: UInt32) -> UInt32 {
        self.entries[Int(entry)].head
    }

    /// Sets the first posting of `entry`.
    mutating func setHead(_ entry: UInt32, _ head: UInt32) {
        self.entries[Int(entry)].head = head
    }

    /// The field of `entry`.
    func field(_ entry: UInt32) -> UInt32 {
        self.entries[Int(entry)].field
    }

    /// Removes `entry` (which must have no postings left) from the table.
    mutating func remove(_ entry: UInt32) {
        let removed = self.entries[Int(entry)]
        let mask = self.slots.count - 1
        var slot = Int(removed.hash) & mask
        while UInt32(truncatingIfNeeded: self.slots[slot]) != entry + 1 { slot = (slot + 1) & mask }
        self.slots[slot] = 0
        var next = (slot + 1) & mask
        while self.slots[next] != 0 {
            let ideal = Int(self.entries[Int(UInt32(truncatingIfNeeded: self.slots[next]) - 1)].hash) & mask
            let distanceToHole = (slot - ideal) & mask
            let distanceToNext = (next - ideal) & mask
            if distanceToHole < distanceToNext {
                self.slots[slot] = self.slots[next]
                self.slots[next] = 0
                slot = next
            }
            next = (next + 1) & mask
        }
        self.entries[Int(entry)].field = Entry.freeField
        self.freeEntries.append(entry)
        self.liveCount -= 1
        self.liveCountByField[Int(removed.field)] -= 1
        self.deadBytes += Int(removed.length)
        if self.deadBytes > 65_536, self.deadBytes * 2 > self.arena.count { self.compactArena() }
    }

    /// The key bytes of `entry`, passed to `body`.
    func withBytes<Result>(of entry: UInt32, _ body: (UnsafeRawBufferPointer) -> Result) -> Result {
        let stored = self.entries[Int(entry)]
        return self.arena.withUnsafeBytes { arena in
            body(UnsafeRawBufferPointer(rebasing: arena[Int(stored.offset)..<Int(stored.offset + stored.length)]))
        }
    }

    @inline(__always)
    private static func equal(_ arena: UnsafeRawBufferPointer, _ entry: Entry, _ bytes: UnsafeRawBufferPointer) -> Bool {
        guard let base = arena.baseAddress, let other = bytes.baseAddress else { return bytes.isEmpty }
        return memcmp(base + Int(entry.offset), other, bytes.count) == 0
    }

    private mutating func place(_ number: UInt32, hash: UInt64) {
        let mask = self.slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while self.slots[slot] != 0 { slot = (slot + 1) & mask }
        self.slots[slot] = (hash >> 32) << 32 | UInt64(number + 1)
    }

    private mutating func resize(to capacity: Int) {
        let old = self.slots
        self.slots = Array(repeating: 0, count: capacity)
        let mask = capacity - 1
        for stored in old where stored != 0 {
            var slot = Int(self.entries[Int(UInt32(truncatingIfNeeded: stored) - 1)].hash) & mask
            while self.slots[slot] != 0 { slot = (slot + 1) & mask }
            self.slots[slot] = stored
        }
    }

    private mutating func compactArena() {
        var compacted: [UInt8] = []
        compacted.reserveCapacity(self.arena.count - self.deadBytes)
        for number in self.entries.indices where self.entries[number].field != Entry.freeField {
            let entry = self.entries[number]
            let start = Int(entry.offset)
            self.entries[number].offset = UInt32(compacted.count)
            compacted.append(contentsOf: self.arena[start..<start + Int(entry.length)])
        }
        self.arena = compacted
        self.deadBytes = 0
    }
}
