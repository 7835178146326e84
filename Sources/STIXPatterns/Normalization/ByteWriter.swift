/// Appends bytes to fixed memory owned by the caller; records overflow instead of growing, so the hot path never allocates.
struct ByteWriter {
    /// Start of the memory.
    let base: UnsafeMutablePointer<UInt8>
    /// Bytes available.
    let capacity: Int
    /// Bytes written.
    private(set) var count = 0
    /// Whether an append did not fit.
    private(set) var overflowed = false

    init(_ memory: UnsafeMutableRawBufferPointer) {
        self.base = memory.baseAddress?.assumingMemoryBound(to: UInt8.self) ?? UnsafeMutablePointer(bitPattern: 1)!
        self.capacity = memory.count
    }

    @inline(__always) mutating func append(_ byte: UInt8) {
        if self.count < self.capacity {
            self.base[self.count] = byte
            self.count += 1
        } else {
            self.overflowed = true
        }
    }

    @inline(__always) mutating func append(contentsOf bytes: some Sequence<UInt8>) {
        for byte in bytes { self.append(byte) }
    }

    /// Appends all of `bytes` at once.
    @inline(__always) mutating func append(bytes: UnsafeRawBufferPointer) {
        guard self.count + bytes.count <= self.capacity else {
            self.overflowed = true
            return
        }
        if let source = bytes.baseAddress { (self.base + self.count).update(from: source.assumingMemoryBound(to: UInt8.self), count: bytes.count) }
        self.count += bytes.count
    }

    @inline(__always) subscript(index: Int) -> UInt8 { self.base[index] }

    /// Drops everything from `newCount` on.
    @inline(__always) mutating func truncate(to newCount: Int) { self.count = newCount }

    /// The last index at or after `start` holding `byte`, or nil.
    func lastIndex(of byte: UInt8, from start: Int) -> Int? {
        var index = self.count
        while index > start {
            index -= 1
            if self.base[index] == byte { return index }
        }
        return nil
    }

    /// The bytes written in `range`.
    func bytes(_ range: Range<Int>) -> UnsafeRawBufferPointer {
        UnsafeRawBufferPointer(start: self.base + range.lowerBound, count: range.count)
    }
}
