/// A binary trie of network prefixes over `Key`'s bits (most significant first), each prefix carrying the entries
/// that hold it. A lookup walks at most `Key.bitWidth` nodes, so it costs the same however many networks there are.
struct BitTrie<Key: FixedWidthInteger & UnsignedInteger & Sendable>: Sendable {
    /// Two child indices per node (0 and 1 bit), -1 when absent; node 0 is the root.
    private var children: [Int32] = [-1, -1]
    /// Per node, the index in `entries` of the entries whose network ends there, or -1.
    private var entryListIndex: [Int32] = [-1]
    /// The entries of each network that has any.
    private var entries: [[EntryReference]] = []

    /// Adds the network `prefix`/`length` (host bits already cleared) for `reference`.
    mutating func insert(_ prefix: Key, length: Int, _ reference: EntryReference) {
        var node = 0
        for depth in 0..<length {
            let bit = Int((prefix >> (Key.bitWidth - 1 - depth)) & 1)
            var child = Int(self.children[node * 2 + bit])
            if child < 0 {
                child = self.entryListIndex.count
                self.children[node * 2 + bit] = Int32(child)
                self.children.append(contentsOf: [-1, -1])
                self.entryListIndex.append(-1)
            }
            node = child
        }
        if self.entryListIndex[node] < 0 {
            self.entryListIndex[node] = Int32(self.entries.count)
            self.entries.append([])
        }
        self.entries[Int(self.entryListIndex[node])].append(reference)
    }

    /// Calls `body` with the entries of every network containing `address`, least specific first.
    func forEachContaining(_ address: Key, _ body: (EntryReference) -> Void) {
        self.children.withUnsafeBufferPointer { children in
            self.entryListIndex.withUnsafeBufferPointer { entryListIndex in
                var node = 0
                var depth = 0
                while true {
                    let listIndex = entryListIndex[node]
                    if listIndex >= 0 {
                        for reference in self.entries[Int(listIndex)] { body(reference) }
                    }
                    guard depth < Key.bitWidth else { return }
                    let bit = Int((address >> (Key.bitWidth - 1 - depth)) & 1)
                    let child = children[node * 2 + bit]
                    guard child >= 0 else { return }
                    node = Int(child)
                    depth += 1
                }
            }
        }
    }

    /// The number of nodes (memory is about 12 bytes per node).
    var nodeCount: Int { self.entryListIndex.count }
}
