/// The keys of one comparison: equality and `IN` on keyable paths, domain `LIKE` suffixes, IP `ISSUBSET`.
///
/// Negated comparisons, `!=`, ordering, `MATCHES`, `ISSUPERSET`, `EXISTS`, non-string constants and paths that
/// follow an object reference (`*_ref`, `*_refs`) contribute no key.
enum ComparisonKeys {
    /// The comparison's keys and whether a hit on one proves the comparison, or nil when it has none.
    static func keys(of comparison: Comparison) -> (keys: [IndexKey], exact: Bool)? {
        guard comparison.negated == false, Self.followsReference(comparison.path) == false else { return nil }
        switch (comparison.operator, comparison.value) {
        case (.equal, .string(let text)?):
            return Self.equality(comparison.path, text)
        case (.in, .list(let items)?):
            var keys: [IndexKey] = []
            var exact = true
            for item in items {
                guard case .string(let text) = item, let found = Self.equality(comparison.path, text) else { return nil }
                keys += found.keys
                exact = exact && found.exact
            }
            return (keys, exact)
        case (.like, .string(let text)?):
            return Self.like(comparison.path, text)
        case (.isSubset, .string(let text)?):
            return Self.network(comparison.path, text, containment: true)
        default:
            return nil
        }
    }

    /// Keys of `path = 'text'`.
    private static func equality(_ path: ObjectPath, _ text: String) -> (keys: [IndexKey], exact: Bool)? {
        if let network = Self.network(path, text, containment: false) { return network }
        if Self.isAddressPath(path) { return nil }
        if path.steps == [.property("value")], let kind = Self.canonicalKind(of: path.objectType) {
            guard let canonical = ObservableNormalizer.canonical(text, as: kind) else { return nil }
            let field = IndexField(objectType: path.objectType, steps: path.steps, kind: .canonical(kind))
            return ([.value(field, Array(canonical.utf8))], canonical == text)
        }
        if path.steps.count >= 2, case .property(let name) = path.steps.last!, case .property("hashes") = path.steps[path.steps.count - 2],
            let kind = HashAlgorithm.kind(named: name)
        {
            return Self.digest(path, kind: kind, algorithm: name, text)
        }
        let field = IndexField(objectType: path.objectType, steps: path.steps, kind: .plain)
        return ([.value(field, Array(text.utf8))], true)
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
    private static func like(_ path: ObjectPath, _ text: String) -> (keys: [IndexKey], exact: Bool)? {
        let wildcards = text.utf8.filter { $0 == UInt8(ascii: "%") || $0 == UInt8(ascii: "_") }.count
        if wildcards == 0 {
            guard Self.isAddressPath(path) == false else { return nil }
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
        let field = IndexField(objectType: path.objectType, steps: path.steps, kind: atDot ? .domainSuffixAtDot : .domainSuffix)
        return ([.value(field, Array(keyed.utf8))], keyed == suffix)
    }

    /// Keys of an address compared with an IP address or CIDR network: `=` is exact for a plain address in
    /// canonical form, `ISSUBSET` is exact by construction.
    private static func network(_ path: ObjectPath, _ text: String, containment: Bool) -> (keys: [IndexKey], exact: Bool)? {
        guard Self.isAddressPath(path) else { return nil }
        let kind: ObservableKind = path.objectType == "ipv4-addr" ? .ipv4 : .ipv6
        let canonical = ObservableNormalizer.canonical(text, as: kind)
        let bytes = Array((canonical ?? text).utf8)
        if kind == .ipv4 {
            guard let network = bytes.withUnsafeBytes(IPAddressParser.ipv4) else { return nil }
            let exact = containment || (network.hasPrefix == false && canonical == text)
            return ([IndexKey.network(network)], exact)
        }
        guard let network = bytes.withUnsafeBytes(IPAddressParser.ipv6) else { return nil }
        let exact = containment || (network.hasPrefix == false && canonical == text)
        return ([IndexKey.network(network)], exact)
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

    /// Whether a step before the last names an object reference, which the index cannot resolve.
    private static func followsReference(_ path: ObjectPath) -> Bool {
        path.steps.dropLast().contains { step in
            guard case .property(let name) = step else { return false }
            return name.hasSuffix("_ref") || name.hasSuffix("_refs")
        }
    }
}
