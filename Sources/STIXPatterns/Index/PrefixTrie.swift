/// A path-compressed binary trie of IP networks (a PATRICIA trie): each node is a prefix, a lookup walks the
/// nodes whose prefixes contain an address.
///
/// `n` networks need at most `2n − 1` nodes (20 bytes each for IPv4, 48 for IPv6); a lookup visits at most
/// one node per distinct prefix length on its path. The trie may have several roots, each a separate tree
/// chosen by the caller (``IndicatorIndex`` gives each IPv4 `/16` block its own root for prefixes longer than `/16`,
/// so lookups skip the top levels). ``IndicatorIndex`` keeps single addresses (`/32`, `/128`) in its equality
/// table, which is faster to probe, and only shorter prefixes here.
struct PrefixTrie<Address: FixedWidthInteger & UnsignedInteger & Sendable>: Sendable {
    /// One prefix, with its children and the head of its posting list.
    struct Node: Sendable {
        /// The prefix bits (bits after `length` are zero).
        var bits: Address
        /// The prefix length.
        var length: UInt8
        /// The child whose next bit is 0.
        var zero: UInt32
        /// The child whose next bit is 1.
        var one: UInt32
        /// The first posting of this prefix (``PostingStore/none`` for a pure branch node).
        var head: UInt32
    }

    /// The "no node" marker.
    static var none: UInt32 { UInt32.max }

    private(set) var nodes: [Node] = []
    private var roots: [UInt32]
    private var freeNodes: [UInt32] = []

    /// Bytes held by the trie's storage (capacities, not counts).
    var storageBytes: Int {
        self.nodes.capacity * MemoryLayout<Node>.stride + self.freeNodes.capacity * 4 + self.roots.capacity * 4
    }

    /// Creates an empty trie with `rootCount` separate trees.
    init(rootCount: Int = 1) {
        self.roots = Array(repeating: Self.none, count: rootCount)
    }

    /// Whether no network is filed (a lookup can skip the trie).
    var isEmpty: Bool {
        self.nodes.count == self.freeNodes.count
    }

    /// The number of nodes in use.
    var nodeCount: Int {
        self.nodes.count - self.freeNodes.count
    }

    /// The node of exactly `bits/length` in tree `root`, created (with no postings) when absent.
    mutating func findOrInsert(_ bits: Address, length: UInt8, root: Int = 0) -> UInt32 {
        let bits = bits & PrefixMask.mask(Address.self, length)
        guard self.roots[root] != Self.none else {
            self.roots[root] = self.newNode(bits, length)
            return self.roots[root]
        }
        var parent = Self.none
        var current = self.roots[root]
        while true {
            let node = self.nodes[Int(current)]
            let common = min(Int(node.length), Int(length), (node.bits ^ bits).leadingZeroBitCount)
            if common == Int(node.length) {
                if node.length == length { return current }
                let bit = Self.bit(bits, node.length)
                let child = bit == 0 ? node.zero : node.one
                if child == Self.none {
                    let leaf = self.newNode(bits, length)
                    self.setChild(of: current, bit: bit, to: leaf)
                    return leaf
                }
                parent = current
                current = child
                continue
            }
            if common == Int(length) {
                let fresh = self.newNode(bits, length)
                self.setChild(of: fresh, bit: Self.bit(node.bits, length), to: current)
                self.replaceChild(of: parent, current, with: fresh, root: root)
                return fresh
            }
            let branch = self.newNode(bits & PrefixMask.mask(Address.self, UInt8(common)), UInt8(common))
            let leaf = self.newNode(bits, length)
            self.setChild(of: branch, bit: Self.bit(node.bits, UInt8(common)), to: current)
            self.setChild(of: branch, bit: Self.bit(bits, UInt8(common)), to: leaf)
            self.replaceChild(of: parent, current, with: branch, root: root)
            return leaf
        }
    }

    /// Calls `body` with the posting head of every prefix in tree `root` that contains the network
    /// `bits/length`, shortest prefix first.
    @inline(__always)
    func forEachContaining(_ bits: Address, length: UInt8, root: Int = 0, _ body: (UInt32) -> Void) {
        var current = self.roots[root]
        while current != Self.none {
            let node = self.nodes[Int(current)]
            guard node.length <= length, (node.bits ^ bits) & PrefixMask.mask(Address.self, node.length) == 0 else { return }
            if node.head != PostingStore.none { body(node.head) }
            if Int(node.length) == Address.bitWidth { return }
            current = Self.bit(bits, node.length) == 0 ? node.zero : node.one
        }
    }

    /// The first posting of `node`.
    @inline(__always)
    func head(_ node: UInt32) -> UInt32 {
        self.nodes[Int(node)].head
    }

    /// Sets the first posting of `node`.
    mutating func setHead(_ node: UInt32, _ head: UInt32) {
        self.nodes[Int(node)].head = head
    }

    /// Removes `target` (in tree `root`) if it has no postings and is not needed as a branch, and any parent
    /// this leaves as a branch with a single child.
    mutating func releaseIfUnused(_ target: UInt32, root: Int = 0) {
        let node = self.nodes[Int(target)]
        guard node.head == PostingStore.none else { return }
        var parent = Self.none
        var current = self.roots[root]
        while current != target {
            parent = current
            let step = self.nodes[Int(current)]
            current = Self.bit(node.bits, step.length) == 0 ? step.zero : step.one
        }
        switch (node.zero == Self.none, node.one == Self.none) {
        case (false, false):
            return
        case (true, false), (false, true):
            self.replaceChild(of: parent, target, with: node.zero == Self.none ? node.one : node.zero, root: root)
            self.freeNode(target)
        case (true, true):
            self.replaceChild(of: parent, target, with: Self.none, root: root)
            self.freeNode(target)
            if parent != Self.none { self.releaseIfUnused(parent, root: root) }
        }
    }

    @inline(__always)
    private static func bit(_ bits: Address, _ position: UInt8) -> Int {
        Int(truncatingIfNeeded: (bits &>> Address(Address.bitWidth - 1 - Int(position))) & 1)
    }

    private mutating func newNode(_ bits: Address, _ length: UInt8) -> UInt32 {
        let node = Node(bits: bits, length: length, zero: Self.none, one: Self.none, head: PostingStore.none)
        if let reused = self.freeNodes.popLast() {
            self.nodes[Int(reused)] = node
            return reused
        }
        self.nodes.append(node)
        return UInt32(self.nodes.count - 1)
    }

    private mutating func freeNode(_ node: UInt32) {
        self.nodes[Int(node)] = Node(bits: 0, length: 0, zero: Self.none, one: Self.none, head: PostingStore.none)
        self.freeNodes.append(node)
    }

    private mutating func setChild(of node: UInt32, bit: Int, to child: UInt32) {
        if bit == 0 { self.nodes[Int(node)].zero = child } else { self.nodes[Int(node)].one = child }
    }

    private mutating func replaceChild(of parent: UInt32, _ old: UInt32, with new: UInt32, root: Int) {
        if parent == Self.none {
            self.roots[root] = new
        } else if self.nodes[Int(parent)].zero == old {
            self.nodes[Int(parent)].zero = new
        } else {
            self.nodes[Int(parent)].one = new
        }
    }
}
