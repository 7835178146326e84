public import STIXPatterns

/// Extraction of the observables a feed may list for a pattern.
public enum FeedEntries {
    /// The entries each of which alone satisfies `pattern`, so a feed built from them never matches more than the
    /// indicator: in first-seen order, without duplicates.
    ///
    /// `OR` nodes (between observations and inside brackets) are walked; `AND`, `FOLLOWEDBY` and qualified
    /// (`WITHIN`, `REPEATS`, `START … STOP`) branches contribute nothing. A usable comparison is not negated and is
    /// `=` or `IN` on `ipv4-addr:value`, `ipv6-addr:value`, `domain-name:value`, `url:value`, `email-addr:value` or
    /// `file:hashes.<MD5|SHA-1|SHA-256|SHA-512>` (also `SHA1`, `SHA256`, … as `HashAlgorithm` reads them), or
    /// `ISSUBSET` on an address value. Address values with a prefix length become networks (`/32` and `/128` are
    /// single addresses); values are canonicalised with `ObservableNormalizer` and dropped when they do not canonicalise.
    public static func exact(in pattern: Pattern) -> [FeedEntry] {
        var collector = EntryCollector()
        collector.add(pattern.root)
        return collector.entries
    }
}

/// Walks the `OR` structure of a pattern and keeps the distinct usable entries.
private struct EntryCollector {
    var entries: [FeedEntry] = []
    private var seen: Set<FeedEntry> = []

    mutating func add(_ expression: ObservationExpression) {
        switch expression {
        case .observation(let comparisons): self.add(comparisons)
        case .or(let operands): for operand in operands { self.add(operand) }
        case .and, .followedBy, .qualified: break
        }
    }

    mutating func add(_ expression: ComparisonExpression) {
        switch expression {
        case .comparison(let comparison): self.add(comparison)
        case .or(let operands): for operand in operands { self.add(operand) }
        case .and: break
        }
    }

    mutating func add(_ comparison: Comparison) {
        guard !comparison.negated, let target = EntryTarget(comparison.path), let value = comparison.value else { return }
        switch comparison.operator {
        case .equal:
            self.add(value, target)
        case .in:
            guard case .list(let items) = value else { return }
            for item in items { self.add(item, target) }
        case .isSubset:
            guard target == .ipv4 || target == .ipv6 else { return }
            self.add(value, target)
        default:
            return
        }
    }

    mutating func add(_ value: PatternValue, _ target: EntryTarget) {
        guard case .string(let text) = value, let entry = target.entry(text) else { return }
        if self.seen.insert(entry).inserted { self.entries.append(entry) }
    }
}

/// The observable property a comparison's path names, when a feed can list it.
private enum EntryTarget: Equatable {
    case ipv4, ipv6
    case observable(ObservableKind, FeedKind)

    init?(_ path: ObjectPath) {
        if path.steps == [.property("value")] {
            switch path.objectType {
            case "ipv4-addr": self = .ipv4
            case "ipv6-addr": self = .ipv6
            case "domain-name": self = .observable(.domain, .domain)
            case "url": self = .observable(.url, .url)
            case "email-addr": self = .observable(.email, .email)
            default: return nil
            }
            return
        }
        guard path.objectType == "file", path.steps.count == 2, path.steps[0] == .property("hashes"),
            case .property(let algorithm) = path.steps[1]
        else { return nil }
        switch HashAlgorithm.kind(named: algorithm) {
        case .md5: self = .observable(.md5, .md5)
        case .sha1: self = .observable(.sha1, .sha1)
        case .sha256: self = .observable(.sha256, .sha256)
        case .sha512: self = .observable(.sha512, .sha512)
        default: return nil
        }
    }

    func entry(_ text: String) -> FeedEntry? {
        switch self {
        case .ipv4: AddressEntry.entry(text, ipv6: false)
        case .ipv6: AddressEntry.entry(text, ipv6: true)
        case .observable(let kind, let feedKind): ObservableNormalizer.canonical(text, as: kind).map { FeedEntry(kind: feedKind, value: $0) }
        }
    }
}
