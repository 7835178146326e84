/// Per-handle state in parallel arrays indexed by handle: 21 bytes per handle slot.
struct HandleTable: Sendable {
    /// What a handle slot holds.
    enum State: UInt8 {
        /// No indicator.
        case absent = 0
        /// Indexed; hits are exact.
        case exact = 1
        /// Indexed; hits must be verified.
        case candidate = 2
        /// Not indexed; always evaluated.
        case fallback = 3
    }

    /// State in the low two bits; ``multipleKeys`` when the handle has more than one posting.
    private(set) var states: [UInt8] = []
    /// A validity window in nanoseconds since the epoch.
    struct Window: Sendable {
        /// The start, inclusive (`Int64.min` when open).
        var from: Int64
        /// The end, exclusive (`Int64.max` when open).
        var until: Int64
    }

    /// Each handle's validity window, start and end side by side so a check reads one cache line.
    private(set) var windows: [Window] = []
    /// The handle's first posting.
    private(set) var firstPosting: [UInt32] = []

    /// The flag of a handle filed under several keys (its hits may need de-duplication).
    static let multipleKeys: UInt8 = 4

    /// Bytes held by the table's storage (capacities, not counts).
    var storageBytes: Int {
        self.states.capacity + self.windows.capacity * MemoryLayout<Window>.stride + self.firstPosting.capacity * 4
    }

    /// The number of handle slots (one more than the largest handle seen).
    var slotCount: Int {
        self.states.count
    }

    /// The state of `handle`.
    @inline(__always)
    func state(_ handle: IndicatorHandle) -> State {
        Int(handle) < self.states.count ? State(rawValue: self.states[Int(handle)] & 3) ?? .absent : .absent
    }

    /// Whether `handle`'s window contains `time` (nanoseconds); an end of `Int64.max` is open.
    @inline(__always)
    func isValid(_ handle: IndicatorHandle, at time: Int64) -> Bool {
        let window = self.windows[Int(handle)]
        return window.from <= time && (time < window.until || window.until == Int64.max)
    }

    /// Whether `handle`'s window has a closed end at or before `time` (nanoseconds).
    @inline(__always)
    func hasExpired(_ handle: IndicatorHandle, by time: Int64) -> Bool {
        let until = self.windows[Int(handle)].until
        return until <= time && until != Int64.max
    }

    /// Records `handle` with its state and window, growing the arrays to reach it.
    mutating func set(_ handle: IndicatorHandle, state: State, multipleKeys: Bool, from: Int64, until: Int64) {
        let index = Int(handle)
        if index >= self.states.count {
            let missing = index + 1 - self.states.count
            self.states.append(contentsOf: repeatElement(0, count: missing))
            self.windows.append(contentsOf: repeatElement(Window(from: Int64.min, until: Int64.max), count: missing))
            self.firstPosting.append(contentsOf: repeatElement(PostingStore.none, count: missing))
        }
        self.states[index] = state.rawValue | (multipleKeys ? Self.multipleKeys : 0)
        self.windows[index] = Window(from: from, until: until)
    }

    /// Marks `handle` absent.
    mutating func clear(_ handle: IndicatorHandle) {
        self.states[Int(handle)] = State.absent.rawValue
        self.firstPosting[Int(handle)] = PostingStore.none
    }

    /// Sets the first posting of `handle`.
    mutating func setFirstPosting(_ handle: IndicatorHandle, _ posting: UInt32) {
        self.firstPosting[Int(handle)] = posting
    }

    /// The raw state byte of `handle` (state and flags).
    @inline(__always)
    func rawState(_ handle: IndicatorHandle) -> UInt8 {
        self.states[Int(handle)]
    }
}
