import STIXPatterns

/// The compiled form of a set of warning lists: CIDR tries, a host-name table, per-kind exact-value tables, one
/// substring automaton and the compiled regexes.
struct WarningListIndex: Sendable {
    /// The lists, in order (entry references point into them).
    let lists: [WarningList]
    /// What each list applies to, by list index.
    let kindsByList: [ObservableKindSet]
    /// Per kind (by raw value), a bit per `WarningListType` (in `allCases` order) that some list of that kind applies to it.
    private var typesByKind: [UInt8]
    /// IPv4 networks of cidr lists.
    private var ipv4 = BitTrie<UInt32>()
    /// IPv6 networks of cidr lists.
    private var ipv6 = BitTrie<UInt128>()
    /// Host names of hostname lists, lowercase, without leading or trailing dots.
    private var hostnames: [Substring: [EntryReference]] = [:]
    /// Per kind (by raw value), the entries of string lists in their canonical form for that kind.
    private var exact: [[String: [EntryReference]]]
    /// The fragments of substring lists.
    private var substrings = SubstringAutomaton([])
    /// The expressions of regex lists.
    private var regexes: [RegexEntry] = []
    /// Entries that could not be used.
    private(set) var problems: [WarningListProblem] = []

    /// Compiles `lists`.
    init(lists: [WarningList]) {
        self.lists = lists
        self.kindsByList = lists.map(\.kinds)
        self.typesByKind = Array(repeating: 0, count: ObservableKind.allCases.count)
        self.exact = Array(repeating: [:], count: ObservableKind.allCases.count)
        var fragments: [(text: String, reference: EntryReference)] = []
        for (listIndex, list) in lists.enumerated() {
            let typeBit = UInt8(1) << UInt8(WarningListType.allCases.firstIndex(of: list.type) ?? 0)
            for kind in list.kinds.kinds { self.typesByKind[Int(kind.rawValue)] |= typeBit }
            for (entryIndex, entry) in list.entries.enumerated() {
                let reference = EntryReference(list: listIndex, entry: entryIndex)
                let text = entry.trimmingASCIISpaces()
                guard !text.isEmpty else { continue }
                switch list.type {
                case .cidr: self.insertNetwork(text, reference, list: list)
                case .hostname: self.insertHostname(text, reference)
                case .string: self.insertExact(text, reference, kinds: list.kinds)
                case .substring: fragments.append((text, reference))
                case .regex: self.insertRegex(text, reference, list: list)
                }
            }
        }
        self.substrings = SubstringAutomaton(fragments)
    }

    private mutating func insertNetwork(_ text: String, _ reference: EntryReference, list: WarningList) {
        switch IPNetworkText.network(text) {
        case .v4(let prefix, let length): self.ipv4.insert(prefix, length: length, reference)
        case .v6(let prefix, let length): self.ipv6.insert(prefix, length: length, reference)
        case nil: self.report(list, text, "not an IPv4 or IPv6 address or network")
        }
    }

    private mutating func insertHostname(_ text: String, _ reference: EntryReference) {
        var name = Substring(text.lowercased())
        while name.first == "." { name.removeFirst() }
        while name.last == "." { name.removeLast() }
        guard !name.isEmpty else { return }
        let canonical = ObservableNormalizer.canonical(String(name), as: .domain).map { Substring($0) } ?? name
        self.hostnames[canonical, default: []].append(reference)
    }

    private mutating func insertExact(_ text: String, _ reference: EntryReference, kinds: ObservableKindSet) {
        for kind in kinds.kinds {
            guard let canonical = ObservableNormalizer.canonical(text, as: kind) else { continue }
            self.exact[Int(kind.rawValue)][canonical, default: []].append(reference)
        }
    }

    private mutating func insertRegex(_ text: String, _ reference: EntryReference, list: WarningList) {
        switch RegexEntry.compile(text, reference: reference) {
        case .success(let entry): self.regexes.append(entry)
        case .failure(let error): self.report(list, text, error.reason)
        }
    }

    private mutating func report(_ list: WarningList, _ entry: String, _ reason: String) {
        self.problems.append(WarningListProblem(file: list.file ?? "(built in)", list: list.name, entry: entry, reason: reason))
    }

    /// Whether some list of `type` applies to `kind`.
    @inline(__always) private func applies(_ type: WarningListType, to kind: ObservableKind) -> Bool {
        let bit: UInt8 =
            switch type {
            case .cidr: 1
            case .hostname: 2
            case .string: 4
            case .substring: 8
            case .regex: 16
            }
        return self.typesByKind[Int(kind.rawValue)] & bit != 0
    }

    /// The entries `value` (canonical, of `kind`) hits, at most one per list (the most specific network of a cidr
    /// list), in list order.
    func hits(_ kind: ObservableKind, _ value: String) -> [EntryReference] {
        var collector = WarningHitCollector()
        let kinds = self.kindsByList
        if self.applies(.cidr, to: kind) {
            self.addNetworkHits(kind, value, kinds: kinds, &collector)
        }
        if self.applies(.hostname, to: kind), let host = Self.hostPart(kind, value) {
            Self.forEachSuffix(of: host) { suffix in
                for reference in self.hostnames[suffix] ?? [] where kinds[Int(reference.list)].contains(kind) {
                    collector.add(reference)
                }
            }
        }
        if self.applies(.string, to: kind), let references = self.exact[Int(kind.rawValue)][value] {
            for reference in references { collector.add(reference) }
        }
        if self.applies(.substring, to: kind) {
            self.substrings.forEachFragment(in: value) { reference in
                if kinds[Int(reference.list)].contains(kind) { collector.add(reference) }
            }
        }
        if self.applies(.regex, to: kind) {
            for regex in self.regexes where kinds[Int(regex.reference.list)].contains(kind) && regex.matches(value) {
                collector.add(regex.reference)
            }
        }
        return collector.references.sorted { $0.list < $1.list }
    }

    /// Adds the networks containing the address `value` is (or, for a URL, its host is).
    private func addNetworkHits(_ kind: ObservableKind, _ value: String, kinds: [ObservableKindSet], _ collector: inout WarningHitCollector) {
        let add = { (reference: EntryReference) in
            if kinds[Int(reference.list)].contains(kind) { collector.add(reference, replacing: true) }
        }
        switch kind {
        case .ipv4:
            if let address = IPNetworkText.ipv4(value) { self.ipv4.forEachContaining(address, add) }
        case .ipv6:
            if let address = IPNetworkText.ipv6(value) { self.ipv6.forEachContaining(address, add) }
        case .url:
            guard let host = URLHost.host(of: value) else { return }
            if let address = IPNetworkText.ipv4(String(host)) {
                self.ipv4.forEachContaining(address, add)
            } else if host.first == "[", host.last == "]", let address = IPNetworkText.ipv6(String(host.dropFirst().dropLast())) {
                self.ipv6.forEachContaining(address, add)
            }
        default:
            break
        }
    }

    /// The part of `value` hostname lists are checked against: a URL's host, an e-mail address's domain, else all.
    private static func hostPart(_ kind: ObservableKind, _ value: String) -> Substring? {
        switch kind {
        case .url: URLHost.host(of: value)
        case .email: value.lastIndex(of: "@").map { value[value.index(after: $0)...] }
        default: Substring(value)
        }
    }

    /// Calls `body` with `host`'s dot-separated suffixes, shortest first (`com`, `example.com`, `www.example.com`).
    private static func forEachSuffix(of host: Substring, _ body: (Substring) -> Void) {
        var index = host.endIndex
        while index > host.startIndex {
            let previous = host.utf8.index(before: index)
            if host.utf8[previous] == UInt8(ascii: ".") { body(host[index...]) }
            index = previous
        }
        body(host)
    }
}

extension String {
    /// The string without leading and trailing spaces, tabs and line breaks.
    fileprivate func trimmingASCIISpaces() -> String {
        let isSpace = { (byte: UInt8) in byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D }
        guard let first = self.utf8.firstIndex(where: { !isSpace($0) }), let last = self.utf8.lastIndex(where: { !isSpace($0) }) else {
            return ""
        }
        return String(self[first...last])
    }
}
