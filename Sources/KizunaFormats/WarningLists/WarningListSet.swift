public import STIXPatterns

/// MISP warning lists (lists of well-known, benign or reserved values) compiled for fast checks, plus the built-in list
/// of reserved and private address ranges, which is always applied.
///
/// Matching follows MISP: a `cidr` list hits addresses inside its networks, a `hostname` list hits the name and its
/// subdomains (a URL by its host, an e-mail address by its domain), a `string` list hits exact values, a `substring`
/// list values containing an entry, a `regex` list values an expression finds a match in. Each list is only checked
/// against the kinds of value its `matching_attributes` name (see `MISPAttributeTypes`). A check costs a trie walk, a
/// few hash lookups and one automaton pass, whatever the number of entries; only regex entries are tried one by one.
/// Immutable and `Sendable`: share one set between threads.
public struct WarningListSet: Sendable {
    /// The compiled lists.
    private let index: WarningListIndex

    /// Only the built-in reserved and private ranges.
    public static let builtIn = WarningListSet(lists: [])

    /// Compiles the built-in list followed by `lists`.
    init(lists: [WarningList]) {
        self.index = WarningListIndex(lists: [BuiltInRanges.list] + lists)
    }

    /// Loads every `*/list.json` (and `*.json`) under `directory`; malformed files throw with file and reason.
    ///
    /// When `directory` holds a `lists` folder (the layout of the misp-warninglists repository), the lists are read
    /// from it. Files load in name order. Entries that cannot be used (a network that does not parse, a regex that does
    /// not compile) do not stop the load; they are listed in ``problems``.
    /// - Throws: `WarningListError` for a missing directory, a directory without lists, an unreadable file, a file that
    ///   is not JSON or not a warning list.
    public init(directory: String) throws(WarningListError) {
        let files = try WarningListFiles.paths(in: directory)
        var lists: [WarningList] = []
        var names: [String: String] = [:]
        for file in files {
            let list = try WarningListFiles.load(file)
            if let earlier = names[list.name] {
                throw .invalidList(file: file, reason: "the name '\(list.name)' is already used by \(earlier)")
            }
            names[list.name] = file
            lists.append(list)
        }
        self.init(lists: lists)
    }

    /// The loaded lists (the built-in list first): name, type, entry count.
    public var lists: [WarningListSummary] {
        self.index.lists.map(\.summary)
    }

    /// Entries that were skipped while loading, with the reason.
    public var problems: [WarningListProblem] {
        self.index.problems
    }

    /// The lists `value` (canonical, of `kind`) hits, built-in ranges included: at most one hit per list (for a cidr
    /// list its most specific network), in list order.
    public func hits(_ kind: ObservableKind, _ value: String) -> [WarningHit] {
        let references = self.index.hits(kind, value)
        guard !references.isEmpty else { return [] }
        return references.map { reference in
            let list = self.index.lists[Int(reference.list)]
            return WarningHit(list: list.name, type: list.type.rawValue, entry: list.entries[Int(reference.entry)])
        }
    }
}
