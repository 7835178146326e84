/// The properties and cross-property rules of one STIX type, as the validator checks them.
public struct PropertyTable: Sendable {
    /// The type name.
    public let type: String
    /// The category the type belongs to.
    public let category: STIXCategory
    /// Every property the type defines, common ones included.
    public let properties: [PropertySpec]
    /// Rules across properties.
    public let rules: [PropertyRule]

    private let index: [String: PropertySpec]

    /// Creates a table; later specs with the same name replace earlier ones (so a type can
    /// tighten a common property, e.g. make `created_by_ref` required).
    public init(type: String, category: STIXCategory, properties: [PropertySpec], rules: [PropertyRule] = []) {
        var index: [String: PropertySpec] = [:]
        var ordered: [PropertySpec] = []
        for spec in properties {
            if index[spec.name] != nil {
                ordered.removeAll { $0.name == spec.name }
            }
            index[spec.name] = spec
            ordered.append(spec)
        }
        self.type = type
        self.category = category
        self.properties = ordered
        self.rules = rules
        self.index = index
    }

    /// The specification of property `name`, when the type defines it.
    public func spec(named name: String) -> PropertySpec? {
        self.index[name]
    }

    /// The table for `type`: every STIX 2.1 type plus the Kizuna bank-account extension SCO.
    public static func table(for type: String) -> PropertyTable? {
        Self.all[type]
    }

    /// All tables by type name.
    public static let all: [String: PropertyTable] = {
        var tables: [String: PropertyTable] = [:]
        for table in Self.domainObjects + Self.relationshipObjects + Self.metaObjects + Self.cyberObservables {
            tables[table.type] = table
        }
        tables[BankAccountExtension.objectType] = BankAccountExtension.propertyTable
        return tables
    }()

    /// The table used for custom (`x-…`) object types: the common properties, all optional.
    static let custom = PropertyTable(
        type: "x-custom",
        category: .custom,
        properties: Self.commonDomain.map { PropertySpec($0.name, $0.kind, required: $0.name == "type" || $0.name == "id") }
            + [.optional("defanged", .boolean)],
        rules: [.notBefore(later: "modified", earlier: "created")]
    )
}
