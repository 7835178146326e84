extension PropertyTable {
    /// The 19 STIX Domain Objects (STIX 2.1 §4).
    static let domainObjects: [PropertyTable] = [
        Self.domainObject("attack-pattern", [Self.requiredName, Self.description, Self.aliases, Self.killChainPhases]),
        Self.domainObject(
            "campaign",
            [
                Self.requiredName, Self.description, Self.aliases, Self.firstSeen, Self.lastSeen,
                .optional("objective", .string),
            ],
            rules: [Self.seenRule]
        ),
        Self.domainObject("course-of-action", [Self.requiredName, Self.description]),
        Self.domainObject(
            "grouping",
            [Self.name, Self.description, .required("context", .openVocabulary("grouping-context-ov")), Self.anyObjectRefs]
        ),
        Self.domainObject(
            "identity",
            [
                Self.requiredName, Self.description, .optional("roles", .list(.string)),
                .optional("identity_class", .openVocabulary("identity-class-ov")),
                .optional("sectors", .list(.openVocabulary("industry-sector-ov"))),
                .optional("contact_information", .string),
            ]
        ),
        Self.domainObject("incident", [Self.requiredName, Self.description, Self.killChainPhases]),
        Self.domainObject(
            "indicator",
            [
                Self.name, Self.description, .optional("indicator_types", .list(.openVocabulary("indicator-type-ov"))),
                .required("pattern", .string), .required("pattern_type", .openVocabulary("pattern-type-ov")),
                .optional("pattern_version", .string), .required("valid_from", .timestamp),
                .optional("valid_until", .timestamp), Self.killChainPhases,
            ],
            rules: [.after(later: "valid_until", earlier: "valid_from")]
        ),
        Self.domainObject(
            "infrastructure",
            [
                Self.requiredName, Self.description,
                .optional("infrastructure_types", .list(.openVocabulary("infrastructure-type-ov"))),
                Self.aliases, Self.killChainPhases, Self.firstSeen, Self.lastSeen,
            ],
            rules: [Self.seenRule]
        ),
        Self.domainObject(
            "intrusion-set",
            [
                Self.requiredName, Self.description, Self.aliases, Self.firstSeen, Self.lastSeen,
                .optional("goals", .list(.string)),
                .optional("resource_level", .openVocabulary("attack-resource-level-ov")),
                .optional("primary_motivation", .openVocabulary("attack-motivation-ov")),
                .optional("secondary_motivations", .list(.openVocabulary("attack-motivation-ov"))),
            ],
            rules: [Self.seenRule]
        ),
        Self.domainObject(
            "location",
            [
                Self.name, Self.description, .optional("latitude", .number(-90...90)),
                .optional("longitude", .number(-180...180)), .optional("precision", .number(0...Double.greatestFiniteMagnitude)),
                .optional("region", .openVocabulary("region-ov")), .optional("country", .string),
                .optional("administrative_area", .string), .optional("city", .string),
                .optional("street_address", .string), .optional("postal_code", .string),
            ],
            rules: [
                .atLeastOne(["region", "country", "latitude"]), .together(["latitude", "longitude"]),
                .requires(property: "precision", requires: ["latitude", "longitude"]),
            ]
        ),
        Self.domainObject(
            "malware",
            [
                Self.name, Self.description, .optional("malware_types", .list(.openVocabulary("malware-type-ov"))),
                .required("is_family", .boolean), Self.aliases, Self.killChainPhases, Self.firstSeen, Self.lastSeen,
                .optional("operating_system_refs", .list(.identifier(.types(["software"])))),
                .optional("architecture_execution_envs", .list(.openVocabulary("processor-architecture-ov"))),
                .optional("implementation_languages", .list(.openVocabulary("implementation-language-ov"))),
                .optional("capabilities", .list(.openVocabulary("malware-capabilities-ov"))),
                .optional("sample_refs", .list(.identifier(.types(["file", "artifact"])))),
            ],
            rules: [Self.seenRule, .requiredWhenTrue(flag: "is_family", property: "name")]
        ),
        Self.domainObject(
            "malware-analysis",
            [
                .required("product", .string), .optional("version", .string),
                .optional("host_vm_ref", .identifier(.types(["software"]))),
                .optional("operating_system_ref", .identifier(.types(["software"]))),
                .optional("installed_software_refs", .list(.identifier(.types(["software"])))),
                .optional("configuration_version", .string), .optional("modules", .list(.string)),
                .optional("analysis_engine_version", .string), .optional("analysis_definition_version", .string),
                .optional("submitted", .timestamp), .optional("analysis_started", .timestamp),
                .optional("analysis_ended", .timestamp), .optional("result_name", .string),
                .optional("result", .openVocabulary("malware-result-ov")),
                .optional("analysis_sco_refs", .list(.identifier(.categories([.sco, .custom])))),
                .optional("sample_ref", .identifier(.types(["file", "network-traffic", "artifact"]))),
            ],
            rules: [
                .atLeastOne(["result", "analysis_sco_refs"]),
                .notBefore(later: "analysis_ended", earlier: "analysis_started"),
            ]
        ),
        Self.domainObject(
            "note",
            [.optional("abstract", .string), .required("content", .string), .optional("authors", .list(.string)), Self.anyObjectRefs]
        ),
        Self.domainObject(
            "observed-data",
            [
                .required("first_observed", .timestamp), .required("last_observed", .timestamp),
                .required("number_observed", .integer(1...999_999_999)), .optional("objects", .dictionary),
                .optional("object_refs", .list(.identifier(.categories([.sco, .sro, .custom])))),
            ],
            rules: [.notBefore(later: "last_observed", earlier: "first_observed"), .exactlyOne(["objects", "object_refs"])]
        ),
        Self.domainObject(
            "opinion",
            [
                .optional("explanation", .string), .optional("authors", .list(.string)),
                .required("opinion", .enumeration(["strongly-disagree", "disagree", "neutral", "agree", "strongly-agree"])),
                Self.anyObjectRefs,
            ]
        ),
        Self.domainObject(
            "report",
            [
                Self.requiredName, Self.description, .optional("report_types", .list(.openVocabulary("report-type-ov"))),
                .required("published", .timestamp), Self.anyObjectRefs,
            ]
        ),
        Self.domainObject(
            "threat-actor",
            [
                Self.requiredName, Self.description,
                .optional("threat_actor_types", .list(.openVocabulary("threat-actor-type-ov"))), Self.aliases,
                Self.firstSeen, Self.lastSeen, .optional("roles", .list(.openVocabulary("threat-actor-role-ov"))),
                .optional("goals", .list(.string)),
                .optional("sophistication", .openVocabulary("threat-actor-sophistication-ov")),
                .optional("resource_level", .openVocabulary("attack-resource-level-ov")),
                .optional("primary_motivation", .openVocabulary("attack-motivation-ov")),
                .optional("secondary_motivations", .list(.openVocabulary("attack-motivation-ov"))),
                .optional("personal_motivations", .list(.openVocabulary("attack-motivation-ov"))),
            ],
            rules: [Self.seenRule]
        ),
        Self.domainObject(
            "tool",
            [
                Self.requiredName, Self.description, .optional("tool_types", .list(.openVocabulary("tool-type-ov"))),
                Self.aliases, Self.killChainPhases, .optional("tool_version", .string),
            ]
        ),
        Self.domainObject("vulnerability", [Self.requiredName, Self.description]),
    ]
}
