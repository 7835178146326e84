/// The keys under which a pattern is filed: a set such that every way the pattern can match an observable
/// produces a lookup of at least one of them, and whether a hit on a key proves the match.
struct PatternKeys: Sendable {
    /// The necessary keys, or nil when the pattern has none (it must be evaluated for every observation).
    let keys: [IndexKey]?
    /// Whether the pattern is one observation of key comparisons joined by `OR`, so a hit is a match.
    let exact: Bool

    /// Analyses `pattern`.
    init(_ pattern: Pattern) {
        let found = Self.keys(of: pattern.root)
        // Most patterns have one key: no set needed to drop duplicates.
        self.keys = found.map { $0.count > 1 ? Array(Set($0)) : $0 }
        if case .observation(let expression) = pattern.root, found != nil {
            self.exact = Self.keys(of: expression)?.exact ?? false
        } else {
            self.exact = false
        }
    }

    /// Keys every match of `expression` needs: one operand's for `AND`/`FOLLOWEDBY`, all operands' for `OR`.
    private static func keys(of expression: ObservationExpression) -> [IndexKey]? {
        switch expression {
        case .observation(let comparisons):
            return Self.keys(of: comparisons)?.keys
        case .and(let operands), .followedBy(let operands):
            return Self.smallest(operands.compactMap(Self.keys(of:)))
        case .or(let operands):
            return Self.union(operands.map(Self.keys(of:)))
        case .qualified(let inner, _):
            return Self.keys(of: inner)
        }
    }

    /// Keys every match of `expression` needs, and whether they prove it (an `OR` of exact comparisons).
    private static func keys(of expression: ComparisonExpression) -> (keys: [IndexKey], exact: Bool)? {
        switch expression {
        case .comparison(let comparison):
            return ComparisonKeys.keys(of: comparison)
        case .and(let operands):
            return Self.smallest(operands.compactMap { Self.keys(of: $0)?.keys }).map { ($0, false) }
        case .or(let operands):
            let parts = operands.map { Self.keys(of: $0) }
            guard let keys = Self.union(parts.map { $0?.keys }) else { return nil }
            return (keys, parts.allSatisfy { $0?.exact == true })
        }
    }

    /// The operand key set likely to give the fewest candidates (observable values before plain properties
    /// before networks and suffixes, then the fewest keys), or nil when no operand has one.
    private static func smallest(_ candidates: [[IndexKey]]) -> [IndexKey]? {
        candidates.min { (Self.breadth(of: $0), $0.count) < (Self.breadth(of: $1), $1.count) }
    }

    /// How many observables the broadest key of a set may match, as a rank: 0 for observable values
    /// (addresses, domains, URLs, e-mail addresses, digests), 1 for other properties, 2 for networks, suffixes
    /// and properties of referenced objects of any type.
    private static func breadth(of keys: [IndexKey]) -> Int {
        keys.map { key in
            switch key {
            case .ipv4, .ipv6: 2
            case .value(let field, _):
                switch field.kind {
                case .canonical, .hash, .address: 0
                case .plain: field.objectType == ComparisonKeys.anyObjectType ? 2 : 1
                case .integer: 1
                case .domainSuffix, .domainSuffixAtDot, .urlPrefix: 2
                }
            }
        }.max() ?? 0
    }

    /// All operands' keys, or nil when any operand has none.
    private static func union(_ parts: [[IndexKey]?]) -> [IndexKey]? {
        var keys: [IndexKey] = []
        for part in parts {
            guard let part else { return nil }
            keys += part
        }
        return keys
    }
}
