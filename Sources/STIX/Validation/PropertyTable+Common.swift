extension PropertyTable {
    /// Properties every SDO and SRO has (STIX 2.1 §3.2).
    static let commonDomain: [PropertySpec] = [
        .required("type", .string),
        .required("spec_version", .enumeration(["2.1"])),
        .required("id", .identifier(.any)),
        .optional("created_by_ref", .identifier(.types(["identity"]))),
        .required("created", .timestamp),
        .required("modified", .timestamp),
        .optional("revoked", .boolean),
        .optional("labels", .list(.string)),
        .optional("confidence", .integer(0...100)),
        .optional("lang", .string),
        .optional("external_references", .externalReferences),
        .optional("object_marking_refs", .list(.identifier(.types(["marking-definition"])))),
        .optional("granular_markings", .granularMarkings),
        .optional("extensions", .dictionary),
    ]

    /// Properties every SCO has (STIX 2.1 §6.1).
    static let commonObservable: [PropertySpec] = [
        .required("type", .string),
        .optional("spec_version", .enumeration(["2.1"])),
        .required("id", .identifier(.any)),
        .optional("object_marking_refs", .list(.identifier(.types(["marking-definition"])))),
        .optional("granular_markings", .granularMarkings),
        .optional("defanged", .boolean),
        .optional("extensions", .dictionary),
    ]

    static let domainRules: [PropertyRule] = [.notBefore(later: "modified", earlier: "created")]

    static func domainObject(_ type: String, _ properties: [PropertySpec], rules: [PropertyRule] = []) -> PropertyTable {
        PropertyTable(type: type, category: .sdo, properties: Self.commonDomain + properties, rules: Self.domainRules + rules)
    }

    static func observable(_ type: String, _ properties: [PropertySpec], rules: [PropertyRule] = []) -> PropertyTable {
        PropertyTable(type: type, category: .sco, properties: Self.commonObservable + properties, rules: rules)
    }

    static let killChainPhases = PropertySpec.optional("kill_chain_phases", .killChainPhases)
    static let name = PropertySpec.optional("name", .string)
    static let requiredName = PropertySpec.required("name", .string)
    static let description = PropertySpec.optional("description", .string)
    static let aliases = PropertySpec.optional("aliases", .list(.string))
    static let firstSeen = PropertySpec.optional("first_seen", .timestamp)
    static let lastSeen = PropertySpec.optional("last_seen", .timestamp)
    static let seenRule = PropertyRule.notBefore(later: "last_seen", earlier: "first_seen")
    static let anyObjectRefs = PropertySpec.required("object_refs", .list(.identifier(.any)))
}
