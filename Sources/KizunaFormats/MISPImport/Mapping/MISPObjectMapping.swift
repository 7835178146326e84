import STIX

/// What a MISP object becomes in STIX 2.1, following misp-stix's export.
enum MISPObjectMapping {
    /// SCOs in an `observed-data`, plus an `indicator` from the `to_ids` attributes when there are any.
    case observable(MISPObservableGraph)
    /// A domain object of `type` with these properties (after `name`).
    case domainObject(type: String, name: String, properties: [(String, JSONValue)])

    /// The mapping of `object`, or a `MISPMappingError` saying why it is not converted.
    static func of(_ object: MISPInputObject, fallbackUUID: String) throws(MISPMappingError) -> MISPObjectMapping {
        var graph = MISPObservableGraph(fallbackUUID: fallbackUUID)
        switch object.name {
        case "asn": try Self.asn(object, &graph)
        case "credential": try Self.credential(object, &graph)
        case "domain-ip": try Self.domainIP(object, &graph)
        case "email": try Self.email(object, &graph)
        case "file": try Self.file(object, &graph)
        case "ip-port": try Self.ipPort(object, &graph)
        case "network-connection": try Self.networkConnection(object, &graph)
        case "registry-key", "registry-key-value": try Self.registryKey(object, &graph)
        case "url": try Self.url(object, &graph)
        case "x509": try Self.x509(object, &graph)
        case "vulnerability": return try Self.vulnerability(object)
        default:
            guard let template = MISPSimpleTemplate.templates[object.name] else {
                throw MISPMappingError("object template '\(object.name)' is not supported by this importer")
            }
            try template.build(object, &graph)
        }
        guard !graph.objects.isEmpty else {
            throw MISPMappingError("'\(object.name)' object has none of the attributes its STIX mapping needs")
        }
        return .observable(graph)
    }

    /// `x_misp_` followed by the relation with `-` written as `_`.
    static func customName(_ relation: String) -> String {
        "x_misp_" + relation.replacingHyphens()
    }

    /// A MISP `datetime` value (`2020-10-25T16:22:00+00:00`, …) as a STIX timestamp, when it is one.
    static func timestamp(_ text: String) -> String? {
        var normalized = text.replacingEvery(" ", with: "T")
        for suffix in ["+00:00", "+0000"] where normalized.hasSuffix(suffix) {
            normalized = String(normalized.dropLast(suffix.count)) + "Z"
        }
        if !normalized.hasSuffix("Z") { normalized += "Z" }
        return Timestamp(normalized) != nil ? normalized : nil
    }

    // MARK: - Templates

    private static func asn(_ object: MISPInputObject, _ graph: inout MISPObservableGraph) throws(MISPMappingError) {
        guard let asn = object.first("asn") else { throw MISPMappingError("'asn' object has no 'asn' attribute") }
        let number = try MISPAttributeMapping.asNumber(asn.value)
        var properties: [(String, JSONValue)] = [("number", .number(JSONNumber(number)))]
        if let description = object.first("description") { properties.append(("name", .string(description.value))) }
        let subnets = object.attributes("subnet-announced")
        if !subnets.isEmpty { properties.append(("x_misp_subnet_announced", .array(subnets.map { .string($0.value) }))) }
        graph.add("autonomous-system", properties)
        for attribute in object.attributes where attribute.toIDs {
            switch attribute.objectRelation {
            case "asn": graph.terms.append(MISPPatternText.equals("autonomous-system:number", String(number)))
            case "description": graph.terms.append(MISPPatternText.equals("autonomous-system:name", attribute.value))
            case "subnet-announced": graph.terms.append(MISPPatternText.equals("autonomous-system:x_misp_subnet_announced", attribute.value))
            default: break
            }
        }
    }

    private static func credential(_ object: MISPInputObject, _ graph: inout MISPObservableGraph) throws(MISPMappingError) {
        let names = ["username": "user_id", "password": "credential"]
        var properties: [(String, JSONValue)] = []
        for attribute in object.attributes {
            guard let relation = attribute.objectRelation else { continue }
            let name = names[relation] ?? Self.customName(relation)
            properties.append((name, .string(attribute.value)))
            if attribute.toIDs { graph.terms.append(MISPPatternText.equals("user-account:\(name)", attribute.value)) }
        }
        graph.add("user-account", Self.ordered(properties, first: ["user_id", "credential"]))
    }

    private static func domainIP(_ object: MISPInputObject, _ graph: inout MISPObservableGraph) throws(MISPMappingError) {
        let ipAttributes = object.attributes.filter { ["ip", "ip-dst", "ip-src"].contains($0.objectRelation ?? "") }
        var addressIDs: [JSONValue] = []
        for attribute in ipAttributes {
            let address = try MISPAttributeMapping.address(attribute.value)
            addressIDs.append(.string(graph.add(address.type, [("value", .string(address.value))])))
        }
        let hostname = object.first("hostname")
        var domains = object.attributes("domain").map(\.value)
        if domains.isEmpty, let hostname { domains = [hostname.value] }
        for (index, domain) in domains.enumerated() {
            var properties: [(String, JSONValue)] = [("value", .string(domain))]
            if !addressIDs.isEmpty { properties.append(("resolves_to_refs", .array(addressIDs))) }
            if index == 0 {
                if let hostname { properties.append(("x_misp_hostname", .string(hostname.value))) }
                if let port = object.first("port") { properties.append(("x_misp_port", .string(port.value))) }
            }
            graph.add("domain-name", properties)
        }
        let prefix = domains.isEmpty ? nil : "domain-name"
        for attribute in object.attributes where attribute.toIDs {
            switch attribute.objectRelation {
            case "domain": graph.terms.append(MISPPatternText.equals("domain-name:value", attribute.value))
            case "hostname": graph.terms.append(MISPPatternText.equals("domain-name:x_misp_hostname", attribute.value))
            case "port": graph.terms.append(MISPPatternText.equals("domain-name:x_misp_port", attribute.value))
            case "ip", "ip-dst", "ip-src":
                if prefix != nil {
                    graph.terms.append(MISPPatternText.equals("domain-name:resolves_to_refs[*].value", attribute.value))
                } else {
                    let address = try MISPAttributeMapping.address(attribute.value)
                    graph.terms.append(MISPPatternText.equals("\(address.type):value", attribute.value))
                }
            default: break
            }
        }
        graph.terms = Self.domainFirst(graph.terms)
    }

    /// misp-stix lists the domain comparisons before the resolved addresses.
    private static func domainFirst(_ terms: [String]) -> [String] {
        let addresses = terms.filter { $0.hasPrefix("domain-name:resolves_to_refs") }
        return terms.filter { !$0.hasPrefix("domain-name:resolves_to_refs") } + addresses
    }

    private static func ipPort(_ object: MISPInputObject, _ graph: inout MISPObservableGraph) throws(MISPMappingError) {
        var draft = MISPTrafficDraft()
        for attribute in object.attributes {
            let relation = attribute.objectRelation ?? ""
            switch relation {
            case "ip", "ip-dst", "ip-src":
                let type = try draft.address(relation == "ip-src" ? "src" : "dst", attribute, &graph)
                let version: JSONValue = type == "ipv4-addr" ? "ipv4" : "ipv6"
                if !draft.protocols.contains(version) { draft.protocols.append(version) }
            case "dst-port", "src-port":
                try draft.port(relation == "src-port" ? "src" : "dst", attribute)
            case "domain", "hostname":
                draft.properties.append((Self.customName(relation), .string(attribute.value)))
                if attribute.toIDs { draft.groups.append(MISPTrafficDraft.refGroup("dst", "domain-name", attribute.value)) }
            case "first-seen", "last-seen":
                if let time = Self.timestamp(attribute.value) {
                    draft.properties.append((relation == "first-seen" ? "start" : "end", .string(time)))
                }
            default:
                break
            }
        }
        try draft.finish(
            into: &graph, order: ["start", "end", "src_ref", "dst_ref", "src_port", "dst_port", "protocols"],
            missing: "'ip-port' object has no IP address")
    }

    private static func networkConnection(_ object: MISPInputObject, _ graph: inout MISPObservableGraph) throws(MISPMappingError) {
        var draft = MISPTrafficDraft()
        for attribute in object.attributes {
            let relation = attribute.objectRelation ?? ""
            switch relation {
            case "ip-src", "ip-dst":
                _ = try draft.address(relation == "ip-src" ? "src" : "dst", attribute, &graph)
            case "src-port", "dst-port":
                try draft.port(relation == "src-port" ? "src" : "dst", attribute)
            case "hostname-src", "hostname-dst":
                draft.properties.append((Self.customName(relation), .string(attribute.value)))
                if attribute.toIDs {
                    draft.groups.append(MISPTrafficDraft.refGroup(relation == "hostname-src" ? "src" : "dst", "domain-name", attribute.value))
                }
            case "layer3-protocol", "layer4-protocol", "layer7-protocol":
                draft.protocols.append(.string(attribute.value.lowercased()))
            default:
                break
            }
        }
        try draft.finish(
            into: &graph, order: ["src_ref", "dst_ref", "src_port", "dst_port", "protocols"],
            missing: "'network-connection' object has no source or destination IP address")
    }

    private static func url(_ object: MISPInputObject, _ graph: inout MISPObservableGraph) throws(MISPMappingError) {
        guard let url = object.first("url") else { throw MISPMappingError("'url' object has no 'url' attribute") }
        let value = try MISPURLValue.checked(url.value)
        var properties: [(String, JSONValue)] = [("value", .string(value))]
        for attribute in object.attributes where attribute.objectRelation != "url" {
            guard let relation = attribute.objectRelation else { continue }
            properties.append((Self.customName(relation), .string(attribute.value)))
        }
        graph.add("url", Self.merged(properties))
        for attribute in object.attributes where attribute.toIDs {
            guard let relation = attribute.objectRelation else { continue }
            let path = relation == "url" ? "url:value" : "url:\(Self.customName(relation))"
            graph.terms.append(MISPPatternText.equals(path, relation == "url" ? try MISPURLValue.checked(attribute.value) : attribute.value))
        }
    }

    private static func registryKey(_ object: MISPInputObject, _ graph: inout MISPObservableGraph) throws(MISPMappingError) {
        var properties: [(String, JSONValue)] = []
        var value = JSONObject()
        var terms: [String] = []
        for attribute in object.attributes {
            let relation = attribute.objectRelation ?? ""
            switch relation {
            case "key":
                let key = ValueForm.expandingHive(attribute.value)
                properties.append(("key", .string(key)))
                if attribute.toIDs { terms.append(MISPPatternText.equals("windows-registry-key:key", key)) }
            case "last-modified":
                if let time = Self.timestamp(attribute.value) { properties.append(("modified_time", .string(time))) }
            case "name", "data", "data-type":
                let name = relation.replacingHyphens()
                value[name] = .string(attribute.value)
                if attribute.toIDs { terms.append(MISPPatternText.equals("windows-registry-key:values[0].\(name)", attribute.value)) }
            case "":
                continue
            default:
                properties.append((Self.customName(relation), .string(attribute.value)))
                if attribute.toIDs { terms.append(MISPPatternText.equals("windows-registry-key:\(Self.customName(relation))", attribute.value)) }
            }
        }
        guard properties.contains(where: { $0.0 == "key" }) || !value.isEmpty else {
            throw MISPMappingError("'registry-key' object has neither a key nor a value")
        }
        if !value.isEmpty { properties.insert(("values", [.object(value)]), at: properties.contains { $0.0 == "key" } ? 1 : 0) }
        graph.add("windows-registry-key", Self.merged(properties))
        graph.terms = terms
    }

    private static func x509(_ object: MISPInputObject, _ graph: inout MISPObservableGraph) throws(MISPMappingError) {
        var hashes = JSONObject()
        var properties: [(String, JSONValue)] = []
        var hashTerms: [String] = []
        var otherTerms: [String] = []
        let names: [String: String] = [
            "version": "version", "serial-number": "serial_number", "signature_algorithm": "signature_algorithm",
            "issuer": "issuer", "subject": "subject", "validity-not-before": "validity_not_before",
            "validity-not-after": "validity_not_after", "pubkey-info-algorithm": "subject_public_key_algorithm",
            "pubkey-info-modulus": "subject_public_key_modulus", "pubkey-info-exponent": "subject_public_key_exponent",
        ]
        for attribute in object.attributes {
            guard let relation = attribute.objectRelation else { continue }
            if let algorithm = MISPHashNames.x509Name(ofMISPType: relation) ?? MISPHashNames.x509Name(ofMISPType: attribute.type) {
                let hash = try MISPHashValue.checked(attribute.value, algorithm: algorithm)
                hashes[algorithm] = .string(hash)
                if attribute.toIDs {
                    hashTerms.append(MISPPatternText.equals(MISPPatternText.hashPath("x509-certificate", algorithm), hash))
                }
                continue
            }
            let name = names[relation] ?? Self.customName(relation)
            let value: JSONValue
            switch name {
            case "subject_public_key_exponent":
                guard let exponent = Int(attribute.value) else { continue }
                value = .number(JSONNumber(exponent))
            case "validity_not_before", "validity_not_after":
                guard let time = Self.timestamp(attribute.value) else { continue }
                value = .string(time)
            default:
                value = .string(attribute.value)
            }
            properties.append((name, value))
            if attribute.toIDs { otherTerms.append(MISPPatternText.equals("x509-certificate:\(name)", attribute.value)) }
        }
        if !hashes.isEmpty { properties.insert(("hashes", .object(hashes)), at: 0) }
        guard !properties.isEmpty else { throw MISPMappingError("'x509' object has no attributes") }
        graph.add("x509-certificate", Self.merged(properties))
        graph.terms = hashTerms + otherTerms
    }

    private static func vulnerability(_ object: MISPInputObject) throws(MISPMappingError) -> MISPObjectMapping {
        guard let identifier = object.first("id") else { throw MISPMappingError("'vulnerability' object has no 'id' attribute") }
        var properties: [(String, JSONValue)] = []
        if let summary = object.first("summary") { properties.append(("description", .string(summary.value))) }
        var references: [JSONValue] = [["source_name": "cve", "external_id": .string(identifier.value)]]
        for reference in object.attributes("references") {
            references.append(["source_name": "url", "url": .string(reference.value)])
        }
        properties.append(("external_references", .array(references)))
        for attribute in object.attributes {
            guard let relation = attribute.objectRelation, !["id", "summary", "references"].contains(relation) else { continue }
            let value =
                ["created", "published", "modified"].contains(relation) ? Self.timestamp(attribute.value) ?? attribute.value : attribute.value
            properties.append((Self.customName(relation), .string(value)))
        }
        return .domainObject(type: "vulnerability", name: identifier.value, properties: Self.merged(properties))
    }

    // MARK: - Helpers

    /// Repeated custom property names become one array-valued property, in first position.
    static func merged(_ properties: [(String, JSONValue)]) -> [(String, JSONValue)] {
        var result: [(String, JSONValue)] = []
        for (name, value) in properties {
            if let index = result.firstIndex(where: { $0.0 == name }) {
                if case .array(let existing) = result[index].1 {
                    result[index].1 = .array(existing + [value])
                } else {
                    result[index].1 = .array([result[index].1, value])
                }
            } else {
                result.append((name, value))
            }
        }
        return result
    }

    /// `properties` with the names in `first` moved to the front in that order (others keep theirs).
    static func ordered(_ properties: [(String, JSONValue)], first: [String]) -> [(String, JSONValue)] {
        var front: [(String, JSONValue)] = []
        for name in first {
            front += properties.filter { $0.0 == name }
        }
        return front + Self.merged(properties.filter { !first.contains($0.0) })
    }
}

extension String {
    /// The string with `-` written as `_` (MISP relations as STIX property names).
    fileprivate func replacingHyphens() -> String {
        String(self.map { $0 == "-" ? "_" : $0 })
    }

    /// The string with every `target` replaced.
    fileprivate func replacingEvery(_ target: String, with replacement: String) -> String {
        self.split(separator: target, omittingEmptySubsequences: false).joined(separator: replacement)
    }
}
