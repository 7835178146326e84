/// The postings of all keys: which handles each key leads to, as doubly linked lists in one array.
///
/// A posting is 20 bytes, kept together so a lookup touches one cache line per posting. Each key's list is
/// doubly linked so a handle leaves it in O(1); each handle's postings are chained too, so
/// ``IndicatorIndex/remove(_:)`` finds them without scanning keys.
struct PostingStore: Sendable {
    /// One handle filed under one key.
    struct Posting: Sendable {
        /// The handle.
        var handle: IndicatorHandle
        /// The key (see ``KeyReference``).
        var key: KeyReference
        /// The next posting of the same key.
        var nextOfKey: UInt32
        /// The previous posting of the same key.
        var previousOfKey: UInt32
        /// The next posting of the same handle (or the next free posting).
        var nextOfHandle: UInt32
    }

    /// The "no posting" marker.
    static let none = UInt32.max

    /// All postings, live and free.
    private(set) var postings: [Posting] = []
    private var freeHead = Self.none

    /// Bytes held by the store's storage (capacities, not counts).
    var storageBytes: Int {
        self.postings.capacity * MemoryLayout<Posting>.stride
    }

    /// The posting numbered `number`.
    @inline(__always)
    subscript(_ number: UInt32) -> Posting {
        self.postings[Int(number)]
    }

    /// Adds a posting of `handle` under `key` in front of the key's list `keyHead` and the handle's list
    /// `handleHead`; returns the new posting, which becomes both heads.
    mutating func add(handle: IndicatorHandle, key: KeyReference, keyHead: UInt32, handleHead: UInt32) -> UInt32 {
        let posting = Posting(handle: handle, key: key, nextOfKey: keyHead, previousOfKey: Self.none, nextOfHandle: handleHead)
        let number: UInt32
        if self.freeHead != Self.none {
            number = self.freeHead
            self.freeHead = self.postings[Int(number)].nextOfHandle
            self.postings[Int(number)] = posting
        } else {
            number = UInt32(self.postings.count)
            self.postings.append(posting)
        }
        if keyHead != Self.none { self.postings[Int(keyHead)].previousOfKey = number }
        return number
    }

    /// Unlinks `posting` from its key's list and frees it; returns whether it was the list's head and the
    /// posting after it (the new head in that case).
    mutating func release(_ number: UInt32) -> (wasHead: Bool, next: UInt32) {
        let posting = self.postings[Int(number)]
        if posting.nextOfKey != Self.none { self.postings[Int(posting.nextOfKey)].previousOfKey = posting.previousOfKey }
        if posting.previousOfKey != Self.none { self.postings[Int(posting.previousOfKey)].nextOfKey = posting.nextOfKey }
        self.postings[Int(number)].nextOfHandle = self.freeHead
        self.freeHead = number
        return (posting.previousOfKey == Self.none, posting.nextOfKey)
    }
}
