/// An Aho–Corasick automaton over the ASCII-lowercased bytes of many fragments: one pass over a value finds every
/// fragment it contains, however many fragments there are.
///
/// States keep their edges sorted in flat arrays; the root has a full 256-entry table, since most bytes of a value
/// fall back to it.
struct SubstringAutomaton: Sendable {
    /// The root's next state for each byte (0 = stay at the root).
    private var rootNext: [Int32] = Array(repeating: 0, count: 256)
    /// Per state, where its edges start in `edgeLabels`/`edgeTargets`, and one past the last state's end.
    private var edgeStart: [Int32] = [0, 0]
    /// Edge bytes, sorted per state.
    private var edgeLabels: [UInt8] = []
    /// Edge targets, parallel to `edgeLabels`.
    private var edgeTargets: [Int32] = []
    /// Per state, the longest proper suffix state (failure link).
    private var failure: [Int32] = [0]
    /// Per state, the nearest failure ancestor that ends a fragment, or 0.
    private var outputLink: [Int32] = [0]
    /// Per state, the fragments ending exactly there.
    private var outputs: [[EntryReference]] = [[]]

    /// Whether no fragment was added.
    private(set) var isEmpty = true

    /// An automaton for `fragments` (each with the entry it stands for); empty fragments are ignored.
    init(_ fragments: [(text: String, reference: EntryReference)]) {
        var trie: [[UInt8: Int32]] = [[:]]
        var ends: [[EntryReference]] = [[]]
        for (text, reference) in fragments where !text.isEmpty {
            var state = 0
            for byte in text.utf8 {
                let lower = byte &- 0x41 < 26 ? byte | 0x20 : byte
                if let next = trie[state][lower] {
                    state = Int(next)
                } else {
                    trie[state][lower] = Int32(trie.count)
                    state = trie.count
                    trie.append([:])
                    ends.append([])
                }
            }
            ends[state].append(reference)
            self.isEmpty = false
        }
        self.flatten(trie, ends: ends)
        self.link()
    }

    /// Lays the trie's edges out in sorted flat arrays.
    private mutating func flatten(_ trie: [[UInt8: Int32]], ends: [[EntryReference]]) {
        self.edgeStart = [0]
        self.edgeStart.reserveCapacity(trie.count + 1)
        for edges in trie {
            for (label, target) in edges.sorted(by: { $0.key < $1.key }) {
                self.edgeLabels.append(label)
                self.edgeTargets.append(target)
            }
            self.edgeStart.append(Int32(self.edgeLabels.count))
        }
        for (label, target) in trie[0] { self.rootNext[Int(label)] = target }
        self.outputs = ends
        self.failure = Array(repeating: 0, count: trie.count)
        self.outputLink = Array(repeating: 0, count: trie.count)
    }

    /// Computes failure and output links breadth first.
    private mutating func link() {
        var queue: [Int32] = []
        for index in Int(self.edgeStart[0])..<Int(self.edgeStart[1]) { queue.append(self.edgeTargets[index]) }
        var head = 0
        while head < queue.count {
            let state = Int(queue[head])
            head += 1
            for index in Int(self.edgeStart[state])..<Int(self.edgeStart[state + 1]) {
                let label = self.edgeLabels[index]
                let child = Int(self.edgeTargets[index])
                var fallback = Int(self.failure[state])
                while fallback != 0, self.edge(from: fallback, label) == nil { fallback = Int(self.failure[fallback]) }
                let target = fallback == 0 ? Int(self.rootNext[Int(label)]) : Int(self.edge(from: fallback, label) ?? 0)
                self.failure[child] = Int32(target == child ? 0 : target)
                let failed = Int(self.failure[child])
                self.outputLink[child] = self.outputs[failed].isEmpty ? self.outputLink[failed] : Int32(failed)
                queue.append(Int32(child))
            }
        }
    }

    /// The target of the edge from `state` (not the root) on `label`, or nil.
    @inline(__always) private func edge(from state: Int, _ label: UInt8) -> Int32? {
        var index = Int(self.edgeStart[state])
        let end = Int(self.edgeStart[state + 1])
        while index < end {
            let candidate = self.edgeLabels[index]
            if candidate == label { return self.edgeTargets[index] }
            if candidate > label { return nil }
            index += 1
        }
        return nil
    }

    /// Calls `body` with the entry of every fragment `value` contains (ASCII case-insensitively), in order of where
    /// the fragment ends.
    func forEachFragment(in value: String, _ body: (EntryReference) -> Void) {
        guard !self.isEmpty else { return }
        var state = 0
        for byte in value.utf8 {
            let lower = byte &- 0x41 < 26 ? byte | 0x20 : byte
            while state != 0, self.edge(from: state, lower) == nil { state = Int(self.failure[state]) }
            state = state == 0 ? Int(self.rootNext[Int(lower)]) : Int(self.edge(from: state, lower) ?? 0)
            var output = self.outputs[state].isEmpty ? Int(self.outputLink[state]) : state
            while output != 0 {
                for reference in self.outputs[output] { body(reference) }
                output = Int(self.outputLink[output])
            }
        }
    }
}
