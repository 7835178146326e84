#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// An open-addressing hash set of byte strings that answers lookups of raw bytes without creating values.
struct ByteHashSet: Sendable {
    /// Per slot: the hash's upper 32 bits and the member number + 1 (0 when empty), so a miss costs one memory access.
    private var slots: [UInt64]
    private var memberCount = 0
    /// One bit per hash value's top 21 bits: a 256 KiB prefilter that stays in cache, so most misses never touch `slots`.
    private var filter = [UInt64](repeating: 0, count: 1 << 15)
    private var starts: [Int] = [0]
    private var storage: [UInt8] = []
    private let mask: Int

    /// A set sized for `capacity` members.
    init(capacity: Int) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        self.slots = Array(repeating: 0, count: size)
        self.mask = size - 1
    }

    /// The number of members.
    var count: Int { self.memberCount }

    /// 64-bit hash of `bytes`, eight bytes at a time.
    @inline(__always) static func hash(_ bytes: UnsafeRawBufferPointer) -> UInt64 {
        var hash: UInt64 = 0x243F_6A88_85A3_08D3 ^ UInt64(bytes.count)
        var index = 0
        while index + 8 <= bytes.count {
            hash = (hash ^ bytes.loadUnaligned(fromByteOffset: index, as: UInt64.self)) &* 0x9E37_79B9_7F4A_7C15
            hash ^= hash >> 29
            index += 8
        }
        var tail: UInt64 = 0
        var shift: UInt64 = 0
        while index < bytes.count {
            tail |= UInt64(bytes[index]) << shift
            shift += 8
            index += 1
        }
        hash = (hash ^ tail) &* 0xBF58_476D_1CE4_E5B9
        return hash ^ (hash >> 31)
    }

    /// Adds `bytes`; returns its member number (existing or new).
    @discardableResult
    mutating func insert(_ bytes: UnsafeRawBufferPointer) -> Int {
        if let existing = self.index(of: bytes) { return existing }
        let hash = Self.hash(bytes)
        let member = self.memberCount
        self.memberCount += 1
        self.storage.append(contentsOf: bytes)
        self.starts.append(self.storage.count)
        var slot = Int(truncatingIfNeeded: hash) & self.mask
        while self.slots[slot] != 0 { slot = (slot + 1) & self.mask }
        self.slots[slot] = (hash >> 32) << 32 | UInt64(member + 1)
        self.filter[Int(hash >> 49)] |= 1 << ((hash >> 43) & 63)
        return member
    }

    /// The member number of `bytes`, or nil.
    @inline(__always) func index(of bytes: UnsafeRawBufferPointer) -> Int? {
        let hash = Self.hash(bytes)
        let inFilter = self.filter.withUnsafeBufferPointer { $0[Int(hash >> 49)] & (1 << ((hash >> 43) & 63)) != 0 }
        guard inFilter else { return nil }
        var slot = Int(truncatingIfNeeded: hash) & self.mask
        return self.slots.withUnsafeBufferPointer { slots in
            while true {
                let entry = slots[slot]
                if entry == 0 { return nil }
                let member = Int(entry & 0xFFFF_FFFF) - 1
                if entry >> 32 == hash >> 32, self.equals(member, bytes) { return member }
                slot = (slot + 1) & self.mask
            }
        }
    }

    private func equals(_ member: Int, _ bytes: UnsafeRawBufferPointer) -> Bool {
        let start = self.starts[member]
        let end = self.starts[member + 1]
        guard end - start == bytes.count else { return false }
        return self.storage.withUnsafeBytes { storage in
            bytes.count == 0 || memcmp(storage.baseAddress! + start, bytes.baseAddress!, bytes.count) == 0
        }
    }
}
