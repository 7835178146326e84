/// The fields an index holds keys for, numbered, with the well-known ones at fixed numbers for the hot path.
struct IndexFieldTable: Sendable {
    /// `domain-name:value`.
    static let domainValue: UInt32 = 0
    /// `domain-name:value LIKE '%.…'`.
    static let domainSuffixAtDot: UInt32 = 1
    /// `domain-name:value LIKE '%…'`.
    static let domainSuffix: UInt32 = 2
    /// `url:value`.
    static let urlValue: UInt32 = 3
    /// `email-addr:value`.
    static let emailValue: UInt32 = 4
    /// `ipv4-addr:value` holding a single address (4 bytes).
    static let ipv4Address: UInt32 = 5
    /// `ipv6-addr:value` holding a single address (16 bytes).
    static let ipv6Address: UInt32 = 6
    /// `url:value MATCHES '^scheme://host/…'`: the URL's start through the first `/` after `://`.
    static let urlPrefix: UInt32 = 11

    private(set) var fields: [IndexField] = []
    private var numbers: [IndexField: UInt32] = [:]
    /// The fields of each object type.
    private(set) var byType: [String: [UInt32]] = [:]
    /// The field `*:value` (the `value` of a referenced object of any type), once registered.
    private(set) var anyObjectValue: UInt32?
    /// The digest fields of each hash kind, indexed by ``ObservableKind/rawValue``.
    private(set) var byHashKind: [[UInt32]] = Array(repeating: [], count: ObservableKind.allCases.count)

    /// Creates the table with the well-known fields registered.
    init() {
        let value = [PathStep.property("value")]
        _ = self.number(of: IndexField(objectType: "domain-name", steps: value, kind: .canonical(.domain)))
        _ = self.number(of: IndexField(objectType: "domain-name", steps: value, kind: .domainSuffixAtDot))
        _ = self.number(of: IndexField(objectType: "domain-name", steps: value, kind: .domainSuffix))
        _ = self.number(of: IndexField(objectType: "url", steps: value, kind: .canonical(.url)))
        _ = self.number(of: IndexField(objectType: "email-addr", steps: value, kind: .canonical(.email)))
        _ = self.number(of: IndexField.ipv4Address)
        _ = self.number(of: IndexField.ipv6Address)
        for kind in [ObservableKind.md5, .sha1, .sha256, .sha512] {
            _ = self.number(of: IndexField(objectType: "file", steps: [.property("hashes")], kind: .hash(kind)))
        }
        _ = self.number(of: IndexField(objectType: "url", steps: value, kind: .urlPrefix))
    }

    /// The number of `field`, registering it when new.
    mutating func number(of field: IndexField) -> UInt32 {
        if let known = self.numbers[field] { return known }
        let number = UInt32(self.fields.count)
        self.fields.append(field)
        self.numbers[field] = number
        self.byType[field.objectType, default: []].append(number)
        if case .hash(let kind) = field.kind { self.byHashKind[Int(kind.rawValue)].append(number) }
        if field == IndexField(objectType: ComparisonKeys.anyObjectType, steps: [.property("value")], kind: .plain) {
            self.anyObjectValue = number
        }
        return number
    }
}
