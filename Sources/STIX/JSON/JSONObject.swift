/// An ordered JSON object: members keep the order they were parsed or inserted in.
///
/// Lookup is a linear scan, which is the fastest choice for the small objects STIX is made of.
/// Equality is semantic and ignores member order: two objects are equal when they hold the same
/// keys with equal values. Key order still matters for serialisation, which writes members in order.
public struct JSONObject: Sendable, Hashable, Sequence, ExpressibleByDictionaryLiteral {
    /// One key/value pair.
    public typealias Element = (key: String, value: JSONValue)

    struct Member: Sendable, Hashable {
        var key: String
        var value: JSONValue
    }

    var members: [Member]

    init(members: [Member]) {
        self.members = members
    }

    /// Creates an empty object.
    public init() {
        self.members = []
    }

    /// Creates an object with `pairs` in order; a repeated key keeps its first position and last value.
    public init(_ pairs: [(String, JSONValue)]) {
        self.members = []
        self.members.reserveCapacity(pairs.count)
        for (key, value) in pairs {
            self[key] = value
        }
    }

    /// Creates an object from a dictionary literal, keeping the literal's order.
    public init(dictionaryLiteral elements: (String, JSONValue)...) {
        self.init(elements)
    }

    /// The number of members.
    public var count: Int {
        self.members.count
    }

    /// Whether the object has no members.
    public var isEmpty: Bool {
        self.members.isEmpty
    }

    /// The keys in order.
    public var keys: [String] {
        self.members.map(\.key)
    }

    /// The value for `key`; setting `nil` removes the member, setting a new key appends it.
    public subscript(key: String) -> JSONValue? {
        get {
            for member in self.members where member.key == key {
                return member.value
            }
            return nil
        }
        set {
            let index = self.members.firstIndex { $0.key == key }
            switch (index, newValue) {
            case (let index?, let value?): self.members[index].value = value
            case (let index?, nil): self.members.remove(at: index)
            case (nil, let value?): self.members.append(Member(key: key, value: value))
            case (nil, nil): break
            }
        }
    }

    /// Whether the object has a member named `key`.
    public func contains(key: String) -> Bool {
        self.members.contains { $0.key == key }
    }

    /// Iterates the members in order.
    public func makeIterator() -> Iterator {
        Iterator(members: self.members)
    }

    /// The iterator over an object's members, in order (a concrete type: an opaque one costs a runtime type lookup
    /// on every step when used from another module).
    public struct Iterator: IteratorProtocol {
        let members: [Member]
        var index = 0

        /// The next member, or nil after the last.
        public mutating func next() -> Element? {
            guard self.index < self.members.count else { return nil }
            let member = self.members[self.index]
            self.index += 1
            return (key: member.key, value: member.value)
        }
    }

    public static func == (lhs: JSONObject, rhs: JSONObject) -> Bool {
        guard lhs.members.count == rhs.members.count else { return false }
        for (index, member) in lhs.members.enumerated() {
            // Fast path: same key at the same position.
            if index < rhs.members.count, rhs.members[index].key == member.key {
                guard rhs.members[index].value == member.value else { return false }
                continue
            }
            guard let other = rhs[member.key], other == member.value else { return false }
        }
        return true
    }

    public func hash(into hasher: inout Hasher) {
        // Order-insensitive: combine member hashes with a commutative operation.
        var combined = 0
        for member in self.members {
            var memberHasher = Hasher()
            memberHasher.combine(member.key)
            memberHasher.combine(member.value)
            combined ^= memberHasher.finalize()
        }
        hasher.combine(self.members.count)
        hasher.combine(combined)
    }
}
