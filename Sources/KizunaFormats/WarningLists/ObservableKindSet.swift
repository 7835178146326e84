import STIXPatterns

/// A set of observable kinds as a bit mask (one bit per `ObservableKind` raw value).
struct ObservableKindSet: Sendable, Hashable {
    /// The bits.
    var rawValue: UInt16

    /// The empty set.
    static let none = ObservableKindSet(rawValue: 0)
    /// Every kind.
    static let all = ObservableKindSet(ObservableKind.allCases)

    /// A set with raw bits `rawValue`.
    init(rawValue: UInt16) {
        self.rawValue = rawValue
    }

    /// The set of `kinds`.
    init(_ kinds: some Sequence<ObservableKind>) {
        self.rawValue = 0
        for kind in kinds { self.insert(kind) }
    }

    /// Adds `kind`.
    mutating func insert(_ kind: ObservableKind) {
        self.rawValue |= 1 << UInt16(kind.rawValue)
    }

    /// Whether `kind` is in the set.
    @inline(__always) func contains(_ kind: ObservableKind) -> Bool {
        self.rawValue & (1 << UInt16(kind.rawValue)) != 0
    }

    /// The kinds in the set, in `ObservableKind` order.
    var kinds: [ObservableKind] {
        ObservableKind.allCases.filter { self.contains($0) }
    }
}
