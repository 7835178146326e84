import STIX

/// An object template that becomes one SCO whose properties map one-to-one from the attributes.
struct MISPSimpleTemplate {
    let scoType: String
    /// Object relation → STIX property; other relations become `x_misp_` properties.
    let properties: [String: String]
    /// Properties every SCO of the template has, which also open the indicator pattern.
    var constants: [(String, String)] = []
    /// STIX properties holding a list of strings.
    var lists: Set<String> = []
    /// STIX properties holding timestamps.
    var timestamps: Set<String> = []
    /// A STIX property the SCO must have.
    var required: String?

    static let templates: [String: MISPSimpleTemplate] = [
        "mutex": MISPSimpleTemplate(scoType: "mutex", properties: ["name": "name"], required: "name"),
        "directory": MISPSimpleTemplate(
            scoType: "directory",
            properties: [
                "path": "path", "path-encoding": "path_enc", "creation-time": "ctime", "modification-time": "mtime", "access-time": "atime",
            ],
            timestamps: ["ctime", "mtime", "atime"],
            required: "path"
        ),
        "cpe-asset": MISPSimpleTemplate(
            scoType: "software",
            properties: ["cpe": "cpe", "product": "name", "language": "languages", "vendor": "vendor", "version": "version"],
            lists: ["languages"],
            required: "name"
        ),
        "github-user": MISPSimpleTemplate(
            scoType: "user-account",
            properties: ["id": "user_id", "username": "account_login", "user-fullname": "display_name"],
            constants: [("account_type", "github")]
        ),
        "gitlab-user": MISPSimpleTemplate(
            scoType: "user-account",
            properties: ["id": "user_id", "username": "account_login", "name": "display_name"],
            constants: [("account_type", "gitlab")]
        ),
        "twitter-account": MISPSimpleTemplate(
            scoType: "user-account",
            properties: ["id": "user_id", "name": "account_login", "displayed-name": "display_name"],
            constants: [("account_type", "twitter")]
        ),
        "facebook-account": MISPSimpleTemplate(
            scoType: "user-account",
            properties: ["account-id": "user_id", "account-name": "account_login"],
            constants: [("account_type", "facebook")]
        ),
    ]

    /// Adds the template's SCO for `object` to `graph`, with the pattern terms of its `to_ids` attributes.
    func build(_ object: MISPInputObject, _ graph: inout MISPObservableGraph) throws(MISPMappingError) {
        var properties: [(String, JSONValue)] = []
        var terms = self.constants.map { MISPPatternText.equals("\(self.scoType):\($0.0)", $0.1) }
        for attribute in object.attributes {
            guard let relation = attribute.objectRelation else { continue }
            let name = self.properties[relation] ?? MISPObjectMapping.customName(relation)
            let value: JSONValue
            if self.timestamps.contains(name) {
                guard let time = MISPObjectMapping.timestamp(attribute.value) else { continue }
                value = .string(time)
            } else if self.lists.contains(name) {
                value = [.string(attribute.value)]
            } else if attribute.type == "attachment" {
                var content: JSONObject = ["value": .string(attribute.value)]
                if let data = attribute.data { content["data"] = .string(data) }
                value = .object(content)
            } else {
                value = .string(attribute.value)
            }
            properties.append((name, value))
            if attribute.toIDs { terms.append(MISPPatternText.equals("\(self.scoType):\(name)", attribute.value)) }
        }
        if let required = self.required, !properties.contains(where: { $0.0 == required }) {
            throw MISPMappingError("'\(object.name)' object has no attribute for the required '\(required)' of its \(self.scoType)")
        }
        guard !properties.isEmpty else { throw MISPMappingError("'\(object.name)' object has no attributes") }
        var merged = MISPObjectMapping.merged(properties)
        for (index, entry) in merged.enumerated() where self.lists.contains(entry.0) {
            if case .array(let values) = entry.1 { merged[index].1 = .array(values.flatMap { $0.arrayValue ?? [$0] }) }
        }
        graph.add(self.scoType, merged + self.constants.map { ($0.0, .string($0.1)) })
        graph.terms = terms
    }
}
