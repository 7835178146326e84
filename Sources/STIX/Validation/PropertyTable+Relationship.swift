extension PropertyTable {
    /// Objects a relationship may connect: SDOs, SCOs and custom objects (STIX 2.1 §5.1).
    static let relatable = ReferenceTarget.categories([.sdo, .sco, .custom])

    /// The two STIX Relationship Objects (STIX 2.1 §5).
    static let relationshipObjects: [PropertyTable] = [
        PropertyTable(
            type: "relationship",
            category: .sro,
            properties: Self.commonDomain + [
                .required("relationship_type", .string), Self.description,
                .required("source_ref", .identifier(Self.relatable)), .required("target_ref", .identifier(Self.relatable)),
                .optional("start_time", .timestamp), .optional("stop_time", .timestamp),
            ],
            rules: Self.domainRules + [.after(later: "stop_time", earlier: "start_time")]
        ),
        PropertyTable(
            type: "sighting",
            category: .sro,
            properties: Self.commonDomain + [
                Self.description, Self.firstSeen, Self.lastSeen, .optional("count", .integer(0...999_999_999)),
                .required("sighting_of_ref", .identifier(.categories([.sdo, .custom]))),
                .optional("observed_data_refs", .list(.identifier(.types(["observed-data"])))),
                .optional("where_sighted_refs", .list(.identifier(.types(["identity", "location"])))),
                .optional("summary", .boolean),
            ],
            rules: Self.domainRules + [Self.seenRule]
        ),
    ]

    /// marking-definition, extension-definition and language-content (STIX 2.1 §7).
    static let metaObjects: [PropertyTable] = [
        PropertyTable(
            type: "marking-definition",
            category: .markingDefinition,
            properties: [
                .required("type", .string), .required("spec_version", .enumeration(["2.1"])),
                .required("id", .identifier(.any)), .optional("created_by_ref", .identifier(.types(["identity"]))),
                .required("created", .timestamp), .optional("external_references", .externalReferences),
                .optional("object_marking_refs", .list(.identifier(.types(["marking-definition"])))),
                .optional("granular_markings", .granularMarkings), .optional("extensions", .dictionary),
                Self.name, .optional("definition_type", .string), .optional("definition", .dictionary),
            ],
            rules: [.together(["definition_type", "definition"])]
        ),
        PropertyTable(
            type: "extension-definition",
            category: .extensionDefinition,
            properties: Self.commonDomain + [
                .required("created_by_ref", .identifier(.types(["identity"]))), Self.requiredName, Self.description,
                .required("schema", .string), .required("version", .string),
                .required(
                    "extension_types",
                    .list(.enumeration(["new-sdo", "new-sco", "new-sro", "property-extension", "toplevel-property-extension"]))
                ),
                .optional("extension_properties", .list(.string)),
            ],
            rules: Self.domainRules
        ),
        PropertyTable(
            type: "language-content",
            category: .languageContent,
            properties: Self.commonDomain + [
                .required("object_ref", .identifier(.anyExcept(["bundle", "language-content"]))),
                .optional("object_modified", .timestamp), .required("contents", .dictionary),
            ],
            rules: Self.domainRules
        ),
    ]
}
