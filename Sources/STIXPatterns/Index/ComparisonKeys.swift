/// The keys of one comparison: string and integer equality and `IN`, domain `LIKE` suffixes, IP `ISSUBSET`.
///
/// A path that follows an object reference (`network-traffic:dst_ref.value = '198.51.100.1'`) is keyed on the
/// referenced object's property for any object type (`*:value`), which the referenced SCO's own lookup finds; such
/// hits are never exact. Negated comparisons, `!=`, ordering, `MATCHES`, `ISSUPERSET`, `EXISTS` and constants other
/// than strings and integers contribute no key (but a `url:value MATCHES` anchored on a literal scheme and host is a
/// candidate under ``URLPrefix``), nor do IP address constants on paths other than addresses and
/// references (the evaluator equates every spelling of a network there).
///
/// Every key is necessary (a value that satisfies the comparison is found under it) and a key marked exact proves
/// the comparison for any value found under it by an undowngraded probe, so the index and `PatternMatcher` agree.
enum ComparisonKeys {
    /// The object type of keys on a referenced object, whatever its type.
    static let anyObjectType = "*"

    /// The comparison's keys and whether a hit on one proves the comparison, or nil when it has none.
    static func keys(of comparison: Comparison) -> (keys: [IndexKey], exact: Bool)? {
        guard comparison.negated == false else { return nil }
        if let steps = Self.stepsAfterReference(comparison.path) { return Self.referenced(steps, comparison) }
        switch (comparison.operator, comparison.value) {
        case (.equal, let value?):
            return Self.equality(comparison.path, value)
        case (.in, .list(let items)?):
            var keys: [IndexKey] = []
            var exact = true
            for item in items {
                guard let found = Self.equality(comparison.path, item) else { return nil }
                keys += found.keys
                exact = exact && found.exact
            }
            return (keys, exact)
        case (.like, .string(let text)?):
            return Self.like(comparison.path, text)
        case (.isSubset, .string(let text)?):
            return Self.network(comparison.path, text, containment: true)
        case (.matches, .string(let regex)?):
            guard comparison.path.objectType == "url", comparison.path.steps == [.property("value")],
                let prefix = URLPrefix.required(byRegex: regex)
            else { return nil }
            return ([.value(IndexField(objectType: "url", steps: comparison.path.steps, kind: .urlPrefix), prefix)], false)
        default:
            return nil
        }
    }

    /// Keys of `path = constant` for string and integer constants.
    private static func equality(_ path: ObjectPath, _ value: PatternValue) -> (keys: [IndexKey], exact: Bool)? {
        switch value {
        case .string(let text):
            return Self.equality(path, text)
        case .integer(let number):
            let field = IndexField(objectType: path.objectType, steps: path.steps, kind: .integer)
            return ([.value(field, IntegerKey.bytes(of: number))], true)
        default:
            return nil
        }
    }

    /// Keys of `path = 'text'`. A value that is not a valid address, domain, URL, e-mail address or digest
    /// can still equal an SCO's (equally invalid) value, so it is keyed as the plain string.
    ///
    /// The evaluator finds a constant that is an IP address or network equal to any text of the same network, on any
    /// path; such a constant gets no key on paths other than addresses (it is rare there), and on an address path of
    /// the other family (`ipv6-addr:value = '198.51.100.7'`).
    private static func equality(_ path: ObjectPath, _ text: String) -> (keys: [IndexKey], exact: Bool)? {
        if Self.isAddressPath(path) {
            if let network = Self.network(path, text, containment: false) { return network }
            return NetworkText.canonical(text) == nil ? Self.plain(path, text) : nil
        }
        guard NetworkText.canonical(text) == nil else { return nil }
        if path.steps == [.property("value")], let kind = Self.canonicalKind(of: path.objectType) {
            guard let canonical = ObservableNormalizer.canonical(text, as: kind) else { return Self.plain(path, text) }
            let field = IndexField(objectType: path.objectType, steps: path.steps, kind: .canonical(kind))
            return ([.value(field, Array(canonical.utf8))], canonical == text)
        }
        if path.steps.count >= 2, case .property(let name) = path.steps.last!, case .property("hashes") = path.steps[path.steps.count - 2],
            let kind = HashAlgorithm.kind(named: name)
        {
            return Self.digest(path, kind: kind, algorithm: name, text) ?? Self.plain(path, text)
        }
        return Self.plain(path, text)
    }

    /// The key of `path = 'text'` compared as strings.
    private static func plain(_ path: ObjectPath, _ text: String) -> (keys: [IndexKey], exact: Bool) {
        ([.value(IndexField(objectType: path.objectType, steps: path.steps, kind: .plain), Array(text.utf8))], true)
    }

    /// Keys of `…:hashes.'ALG' = 'hex'`: the decoded digest (nil when the text is not a digest of that length).
    private static func digest(_ path: ObjectPath, kind: ObservableKind, algorithm: String, _ text: String) -> (
        keys: [IndexKey], exact: Bool
    )? {
        guard let length = HashAlgorithm.digestLength(of: kind), text.utf8.count == length * 2 else { return nil }
        var digest = [UInt8](repeating: 0, count: length)
        let decoded = text.utf8.withContiguousStorageIfAvailable { text in
            digest.withUnsafeMutableBytes { HexDigits.decode(UnsafeRawBufferPointer(text), into: $0) }
        }
        guard decoded ?? nil == length else { return nil }
        let field = IndexField(objectType: path.objectType, steps: Array(path.steps.dropLast()), kind: .hash(kind))
        let exact = HashAlgorithm.isStandardName(algorithm, of: kind) && text == text.lowercased()
        return ([.value(field, digest)], exact)
    }

    /// Keys of `domain-name:value LIKE '%suffix'` or of a `LIKE` without wildcards (an equality).
    ///
    /// A suffix is keyed only when it is ASCII and canonical but for letter case (lookups probe the ASCII-lowercased
    /// suffixes of values that are not canonical, so every value ending with it is found); it is exact when it is
    /// canonical. Others (a trailing dot, non-ASCII, a `K`, which U+212A normalises to) have no key.
    private static func like(_ path: ObjectPath, _ text: String) -> (keys: [IndexKey], exact: Bool)? {
        let wildcards = text.utf8.filter { $0 == UInt8(ascii: "%") || $0 == UInt8(ascii: "_") }.count
        if wildcards == 0 {
            guard Self.isAddressPath(path) == false, Self.isStableUnderNFC(text) else { return nil }
            return Self.equality(path, text)
        }
        guard wildcards == 1, text.hasPrefix("%"), path.objectType == "domain-name", path.steps == [.property("value")] else {
            return nil
        }
        let suffix = String(text.dropFirst())
        let atDot = suffix.hasPrefix(".")
        guard let canonical = ObservableNormalizer.canonical(atDot ? String(suffix.dropFirst()) : suffix, as: .domain) else {
            return nil
        }
        let keyed = atDot ? "." + canonical : canonical
        let lowered = String(decoding: suffix.utf8.map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }, as: UTF8.self)
        guard keyed == lowered, suffix.utf8.allSatisfy({ $0 < 0x80 && $0 != UInt8(ascii: "K") }) else { return nil }
        let field = IndexField(objectType: path.objectType, steps: path.steps, kind: atDot ? .domainSuffixAtDot : .domainSuffix)
        return ([.value(field, Array(keyed.utf8))], keyed == suffix)
    }

    /// Whether `LIKE` (which compares NFC-normalised text) can only match `text` itself: ASCII without the three
    /// characters that non-ASCII characters normalise to (`K` from U+212A, `;` from U+037E, `` ` `` from U+1FEF).
    private static func isStableUnderNFC(_ text: String) -> Bool {
        text.utf8.allSatisfy { $0 < 0x80 && $0 != UInt8(ascii: "K") && $0 != UInt8(ascii: ";") && $0 != UInt8(ascii: "`") }
    }

    /// Keys of an address compared with an IP address or CIDR network of its family, read as the evaluator reads
    /// it (``IPAddressParser``, no normalisation): `ISSUBSET` is exact by construction, `=` for a single address
    /// (the evaluator compares addresses as networks, so `198.51.100.7/32` and `2001:DB8:0:0::1` equal their
    /// canonical forms, which lookups parse alike); `=` a shorter network is a candidate, since the trie also finds
    /// the addresses inside it.
    private static func network(_ path: ObjectPath, _ text: String, containment: Bool) -> (keys: [IndexKey], exact: Bool)? {
        guard Self.isAddressPath(path) else { return nil }
        let bytes = Array(text.utf8)
        if path.objectType == "ipv4-addr" {
            guard let network = bytes.withUnsafeBytes(IPAddressParser.ipv4) else { return nil }
            return ([IndexKey.network(network)], containment || network.prefixLength == 32)
        }
        guard let network = bytes.withUnsafeBytes(IPAddressParser.ipv6) else { return nil }
        return ([IndexKey.network(network)], containment || network.prefixLength == 128)
    }

    /// Whether the path is `ipv4-addr:value` or `ipv6-addr:value`.
    private static func isAddressPath(_ path: ObjectPath) -> Bool {
        (path.objectType == "ipv4-addr" || path.objectType == "ipv6-addr") && path.steps == [.property("value")]
    }

    /// The normalised kind of the `value` of an object type, for domain names, URLs and e-mail addresses.
    private static func canonicalKind(of objectType: String) -> ObservableKind? {
        switch objectType {
        case "domain-name": .domain
        case "url": .url
        case "email-addr": .email
        default: nil
        }
    }

    /// Keys of a comparison on a referenced object's property: `=` and `IN` strings on `*:steps`, except on
    /// `type` and `id`, which every object has. A constant that is an IP address or network is keyed as its
    /// ``NetworkText``, which lookups probe for values that are addresses.
    private static func referenced(_ steps: [PathStep], _ comparison: Comparison) -> (keys: [IndexKey], exact: Bool)? {
        guard case .property(let first)? = steps.first, steps.count > 1 || (first != "type" && first != "id") else { return nil }
        let path = ObjectPath(objectType: Self.anyObjectType, steps: steps)
        switch (comparison.operator, comparison.value) {
        case (.equal, .string(let text)?):
            return (Self.plain(path, NetworkText.canonical(text) ?? text).keys, false)
        case (.in, .list(let items)?):
            var keys: [IndexKey] = []
            for item in items {
                guard case .string(let text) = item else { return nil }
                keys += Self.plain(path, NetworkText.canonical(text) ?? text).keys
            }
            return (keys, false)
        default:
            return nil
        }
    }

    /// The steps after the last object reference (`*_ref`, `*_refs`, and any list index after it) that a step
    /// before the last names, or nil when the path follows no reference.
    private static func stepsAfterReference(_ path: ObjectPath) -> [PathStep]? {
        let isReference = { (step: PathStep) -> Bool in
            guard case .property(let name) = step else { return false }
            return name.hasSuffix("_ref") || name.hasSuffix("_refs")
        }
        guard let last = path.steps.dropLast().lastIndex(where: isReference) else { return nil }
        return Array(
            path.steps[(last + 1)...].drop { step in
                if case .property = step { return false }
                return true
            })
    }
}
