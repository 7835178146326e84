public import STIX

/// A compiled matcher of many indicators' patterns against observables: hash tables per property, an
/// IP prefix trie and domain suffix keys, so one lookup finds every indicator an observable may match.
///
/// Each pattern is filed under a set of keys that every match needs (see ``insert(_:handle:validFrom:validUntil:)``);
/// a lookup returns the handles filed under the observable's keys, marked ``IndexHit/exact`` when the key proves
/// the match. Patterns with no such key set are ``fallbackHandles``, which the caller evaluates fully.
///
/// A simple single-comparison indicator costs about 105–120 bytes (measured at one million by `kizuna-index-bench`);
/// the pattern itself is kept only for candidate and fallback handles. Per-handle state lives in arrays indexed by
/// handle, so handles should be dense. The index is a value type: share it across tasks by copying it (copy on
/// write) or keep it in one actor or behind a lock.
public struct IndicatorIndex: Sendable {
    var fields = IndexFieldTable()
    var values = ByteKeyTable()
    /// IPv4 networks up to `/16`.
    var ipv4 = PrefixTrie<UInt32>()
    /// IPv4 networks from `/17` to `/31`, in one tree per `/16` block (root = the top 16 bits).
    var ipv4Long = PrefixTrie<UInt32>(rootCount: 1 << 16)
    var ipv6 = PrefixTrie<UInt128>()
    var postings = PostingStore()
    var handles = HandleTable()
    /// Patterns of candidate and fallback handles.
    var patterns: [IndicatorHandle: Pattern] = [:]
    /// Fallback handles, in no particular order, and each one's position in that list.
    var fallbackList: [IndicatorHandle] = []
    var fallbackPositions: [IndicatorHandle: Int] = [:]
    /// How many keys of ``IndexFieldTable/domainSuffix`` have each byte length (lookups probe only these).
    var suffixLengthCounts = [UInt32](repeating: 0, count: 256)
    var liveCount = 0

    /// Creates an empty index.
    public init() {}

    /// The number of indicators in the index (indexed and fallback).
    public var count: Int {
        self.liveCount
    }

    /// Handles that must always be evaluated fully (their patterns have no necessary key).
    public var fallbackHandles: [IndicatorHandle] {
        self.fallbackList
    }

    /// The pattern kept for a candidate or fallback handle; nil for exact and unknown handles.
    public func pattern(for handle: IndicatorHandle) -> Pattern? {
        self.patterns[handle]
    }

    /// How `handle` is filed, or nil when it is not in the index.
    public func outcome(of handle: IndicatorHandle) -> IndexingOutcome? {
        switch self.handles.state(handle) {
        case .absent: nil
        case .exact: .exact
        case .candidate: .candidate
        case .fallback: .fallback
        }
    }

    /// Whether `handle` is in the index and its validity window contains `time` (always, when `time` is nil).
    public func isValid(_ handle: IndicatorHandle, at time: Timestamp?) -> Bool {
        guard self.handles.state(handle) != .absent else { return false }
        guard let time else { return true }
        return self.handles.isValid(handle, at: ValidityWindow.nanoseconds(time))
    }

    /// Bytes held by the index's compact structures (array capacities; excludes kept patterns and the
    /// field table).
    public var storageBytes: Int {
        self.values.storageBytes + self.ipv4.storageBytes + self.ipv4Long.storageBytes + self.ipv6.storageBytes + self.postings.storageBytes
            + self.handles.storageBytes
    }
}
