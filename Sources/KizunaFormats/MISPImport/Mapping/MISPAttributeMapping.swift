import STIX

/// What a MISP attribute type becomes in STIX 2.1, following misp-stix's export.
enum MISPAttributeMapping {
    /// SCOs in an `observed-data`, plus an `indicator` built from the same values when `to_ids` is set.
    case observable(MISPObservableGraph)
    /// Only an `indicator` with this pattern (types misp-stix exports as custom objects without `to_ids`).
    case indicatorOnly(pattern: String, patternType: String)
    /// A domain object of `type` with these extra properties (after `name`).
    case domainObject(type: String, properties: [(String, JSONValue)])

    /// The mapping of `attribute`, or a `MISPMappingError` saying why it is not converted.
    static func of(_ attribute: MISPInputAttribute, fallbackUUID: String) throws(MISPMappingError) -> MISPAttributeMapping {
        var graph = MISPObservableGraph(fallbackUUID: fallbackUUID)
        let value = attribute.value
        let type = attribute.type
        if let algorithm = MISPHashNames.stixName(ofMISPType: type) {
            let hash = try MISPHashValue.checked(value, algorithm: algorithm)
            graph.add("file", [("hashes", .object(JSONObject([(algorithm, .string(hash))])))])
            graph.terms = [MISPPatternText.equals(MISPPatternText.hashPath("file", algorithm), hash)]
            return .observable(graph)
        }
        if type.hasPrefix("filename|"), let algorithm = MISPHashNames.stixName(ofMISPType: String(type.dropFirst(9))) {
            let (name, text) = try Self.pair(value, type)
            let hash = try MISPHashValue.checked(text, algorithm: algorithm)
            graph.add("file", [("hashes", .object(JSONObject([(algorithm, .string(hash))]))), ("name", .string(name))])
            graph.terms = [MISPPatternText.equals("file:name", name), MISPPatternText.equals(MISPPatternText.hashPath("file", algorithm), hash)]
            return .observable(graph)
        }
        if let algorithm = MISPHashNames.x509Name(ofMISPType: type) {
            let hash = try MISPHashValue.checked(value, algorithm: algorithm)
            graph.add("x509-certificate", [("hashes", .object(JSONObject([(algorithm, .string(hash))])))])
            graph.terms = [MISPPatternText.equals(MISPPatternText.hashPath("x509-certificate", algorithm), hash)]
            return .observable(graph)
        }
        if let mapping = try Self.network(attribute, &graph) { return mapping }
        if let mapping = try Self.email(attribute, &graph) { return mapping }
        if let mapping = try Self.host(attribute, &graph) { return mapping }
        return try Self.other(attribute, &graph)
    }

    private static func network(_ attribute: MISPInputAttribute, _ graph: inout MISPObservableGraph) throws(MISPMappingError) -> MISPAttributeMapping?
    {
        let value = attribute.value
        switch attribute.type {
        case "ip-src", "ip-dst":
            let side = attribute.type == "ip-src" ? "src" : "dst"
            let address = try Self.address(value)
            let addressID = graph.add(address.type, [("value", .string(address.value))])
            graph.add("network-traffic", [("\(side)_ref", .string(addressID)), ("protocols", ["tcp"])])
            graph.terms = [
                MISPPatternText.equals("network-traffic:\(side)_ref.type", address.type),
                MISPPatternText.equals("network-traffic:\(side)_ref.value", address.value),
            ]
        case "ip-src|port", "ip-dst|port":
            let side = attribute.type == "ip-src|port" ? "src" : "dst"
            let (ip, portText) = try Self.pair(value, attribute.type)
            let address = try Self.address(ip)
            let port = try Self.port(portText)
            let addressID = graph.add(address.type, [("value", .string(address.value))])
            graph.add(
                "network-traffic",
                [("\(side)_ref", .string(addressID)), ("\(side)_port", .number(JSONNumber(port))), ("protocols", ["tcp"])]
            )
            graph.terms = [
                MISPPatternText.equals("network-traffic:\(side)_ref.type", address.type),
                MISPPatternText.equals("network-traffic:\(side)_ref.value", address.value),
                MISPPatternText.equals("network-traffic:\(side)_port", portText),
            ]
        case "AS":
            let number = try Self.asNumber(value)
            graph.add("autonomous-system", [("number", .number(JSONNumber(number)))])
            graph.terms = [MISPPatternText.equals("autonomous-system:number", String(number))]
        case "mac-address":
            graph.add("mac-addr", [("value", .string(value))])
            graph.terms = [MISPPatternText.equals("mac-addr:value", value)]
        default:
            return nil
        }
        return .observable(graph)
    }

    private static func host(_ attribute: MISPInputAttribute, _ graph: inout MISPObservableGraph) throws(MISPMappingError) -> MISPAttributeMapping? {
        let value = attribute.value
        switch attribute.type {
        case "domain", "hostname":
            graph.add("domain-name", [("value", .string(value))])
            graph.terms = [MISPPatternText.equals("domain-name:value", value)]
        case "domain|ip":
            let (domain, ip) = try Self.pair(value, attribute.type)
            let address = try Self.address(ip)
            let addressID = graph.add(address.type, [("value", .string(address.value))])
            graph.add("domain-name", [("value", .string(domain)), ("resolves_to_refs", [.string(addressID)])])
            graph.terms = [
                MISPPatternText.equals("domain-name:value", domain),
                MISPPatternText.equals("domain-name:resolves_to_refs[*].value", address.value),
            ]
        case "hostname|port":
            let (host, portText) = try Self.pair(value, attribute.type)
            let port = try Self.port(portText)
            let domainID = graph.add("domain-name", [("value", .string(host))])
            graph.add(
                "network-traffic",
                [("dst_ref", .string(domainID)), ("dst_port", .number(JSONNumber(port))), ("protocols", ["tcp"])]
            )
            graph.terms = [MISPPatternText.equals("domain-name:value", host), MISPPatternText.equals("network-traffic:dst_port", portText)]
        case "url", "uri", "link":
            let url = try MISPURLValue.checked(value)
            graph.add("url", [("value", .string(url))])
            graph.terms = [MISPPatternText.equals("url:value", url)]
        default:
            return nil
        }
        return .observable(graph)
    }

    private static func email(_ attribute: MISPInputAttribute, _ graph: inout MISPObservableGraph) throws(MISPMappingError) -> MISPAttributeMapping? {
        let value = attribute.value
        let message: [(String, JSONValue)]
        switch attribute.type {
        case "email", "email-src", "email-dst", "target-email":
            let addressID = graph.add("email-addr", [("value", .string(value))])
            switch attribute.type {
            case "email-src":
                graph.add("email-message", [("is_multipart", false), ("from_ref", .string(addressID))])
                graph.terms = [MISPPatternText.equals("email-message:from_ref.value", value)]
            case "email-dst":
                graph.add("email-message", [("is_multipart", false), ("to_refs", [.string(addressID)])])
                graph.terms = [MISPPatternText.equals("email-message:to_refs[*].value", value)]
            default:
                graph.terms = [MISPPatternText.equals("email-addr:value", value)]
            }
            return .observable(graph)
        case "email-attachment":
            let fileID = graph.add("file", [("name", .string(value))])
            let part: JSONValue = [
                "body_raw_ref": .string(fileID), "content_disposition": .string("attachment; filename='\(value)'"),
            ]
            graph.add("email-message", [("is_multipart", true), ("body_multipart", [part])])
            graph.terms = [MISPPatternText.equals("email-message:body_multipart[*].body_raw_ref.name", value)]
            return .observable(graph)
        case "email-subject":
            message = [("subject", .string(value))]
            graph.terms = [MISPPatternText.equals("email-message:subject", value)]
        case "email-body":
            message = [("body", .string(value))]
            graph.terms = [MISPPatternText.equals("email-message:body", value)]
        case "email-header":
            message = [("received_lines", [.string(value)])]
            graph.terms = [MISPPatternText.equals("email-message:received_lines", value)]
        case "email-message-id":
            message = [("message_id", .string(value))]
            graph.terms = [MISPPatternText.equals("email-message:message_id", value)]
        case "email-reply-to":
            message = [("additional_header_fields", ["Reply-To": .string(value)])]
            graph.terms = [MISPPatternText.equals("email-message:additional_header_fields.reply_to", value)]
        case "email-x-mailer":
            message = [("additional_header_fields", ["X-Mailer": .string(value)])]
            graph.terms = [MISPPatternText.equals("email-message:additional_header_fields.x_mailer", value)]
        default:
            return nil
        }
        graph.add("email-message", [("is_multipart", false)] + message)
        return .observable(graph)
    }

    private static func other(_ attribute: MISPInputAttribute, _ graph: inout MISPObservableGraph) throws(MISPMappingError) -> MISPAttributeMapping {
        let value = attribute.value
        switch attribute.type {
        case "filename":
            graph.add("file", [("name", .string(value))])
            graph.terms = [MISPPatternText.equals("file:name", value)]
        case "attachment", "malware-sample":
            try Self.sample(attribute, &graph)
        case "mutex":
            graph.add("mutex", [("name", .string(value))])
            graph.terms = [MISPPatternText.equals("mutex:name", value)]
        case "regkey":
            let key = ValueForm.expandingHive(value)
            graph.add("windows-registry-key", [("key", .string(key))])
            graph.terms = [MISPPatternText.equals("windows-registry-key:key", key)]
        case "regkey|value":
            let (keyText, data) = try Self.pair(value, attribute.type)
            let key = ValueForm.expandingHive(keyText)
            graph.add("windows-registry-key", [("key", .string(key)), ("values", [["data": .string(data)]])])
            // misp-stix escapes `%` in registry data as `\%` before the usual escaping.
            let percentEscaped = data.split(separator: "%", omittingEmptySubsequences: false).joined(separator: "\\%")
            graph.terms = [
                MISPPatternText.equals("windows-registry-key:key", key), MISPPatternText.equals("windows-registry-key:values.data", percentEscaped),
            ]
        case "github-username":
            graph.add("user-account", [("account_login", .string(value)), ("account_type", "github")])
            graph.terms = [
                MISPPatternText.equals("user-account:account_type", "github"), MISPPatternText.equals("user-account:account_login", value),
            ]
        case "port":
            return try Self.indicatorOnly(attribute, MISPPatternText.observation([MISPPatternText.equals("network-traffic:dst_port", value)]))
        case "size-in-bytes":
            return try Self.indicatorOnly(attribute, MISPPatternText.observation([MISPPatternText.equals("file:size", value)]))
        case "http-method":
            let path = "network-traffic:extensions.'http-request-ext'.request_method"
            return try Self.indicatorOnly(attribute, MISPPatternText.observation([MISPPatternText.equals(path, value)]))
        case "user-agent":
            let path = "network-traffic:extensions.'http-request-ext'.request_header.'User-Agent'"
            return try Self.indicatorOnly(attribute, MISPPatternText.observation([MISPPatternText.equals(path, value)]))
        case "yara", "sigma", "snort", "suricata":
            return try Self.indicatorOnly(attribute, value, patternType: attribute.type)
        case "vulnerability":
            let reference: JSONValue = ["source_name": "cve", "external_id": .string(value)]
            return .domainObject(type: "vulnerability", properties: [("external_references", [reference])])
        case "campaign-name":
            return .domainObject(type: "campaign", properties: [])
        case "threat-actor":
            return .domainObject(type: "threat-actor", properties: [])
        default:
            throw MISPMappingError("attribute type '\(attribute.type)' has no STIX 2.1 mapping (misp-stix exports it as a custom x-misp-attribute)")
        }
        return .observable(graph)
    }

    private static func sample(_ attribute: MISPInputAttribute, _ graph: inout MISPObservableGraph) throws(MISPMappingError) {
        guard let data = attribute.data, !data.isEmpty else {
            // No content: the file name (and hash) are all there is.
            if attribute.type == "malware-sample" {
                let (name, text) = try Self.pair(attribute.value, attribute.type)
                let hash = try MISPHashValue.checked(text, algorithm: "MD5")
                graph.add("file", [("hashes", ["MD5": .string(hash)]), ("name", .string(name))])
                graph.terms = [MISPPatternText.equals("file:name", name), MISPPatternText.equals("file:hashes.MD5", hash)]
            } else {
                graph.add("file", [("name", .string(attribute.value))])
                graph.terms = [MISPPatternText.equals("file:name", attribute.value)]
            }
            return
        }
        if attribute.type == "attachment" {
            let artifactID = graph.add("artifact", [("payload_bin", .string(data))])
            graph.add("file", [("name", .string(attribute.value)), ("content_ref", .string(artifactID))])
            graph.terms = [MISPPatternText.equals("file:name", attribute.value), MISPPatternText.equals("file:content_ref.payload_bin", data)]
            return
        }
        let (name, text) = try Self.pair(attribute.value, attribute.type)
        let hash = try MISPHashValue.checked(text, algorithm: "MD5")
        let artifactID = graph.add(
            "artifact",
            [
                ("mime_type", "application/zip"), ("payload_bin", .string(data)), ("encryption_algorithm", "mime-type-indicated"),
                ("decryption_key", "infected"),
            ]
        )
        graph.add("file", [("hashes", ["MD5": .string(hash)]), ("name", .string(name)), ("content_ref", .string(artifactID))])
        graph.terms = [
            MISPPatternText.equals("file:content_ref.payload_bin", data), MISPPatternText.equals("file:name", name),
            MISPPatternText.equals("file:hashes.MD5", hash), MISPPatternText.equals("file:content_ref.mime_type", "application/zip"),
            MISPPatternText.equals("file:content_ref.encryption_algorithm", "mime-type-indicated"),
            MISPPatternText.equals("file:content_ref.decryption_key", "infected"),
        ]
    }

    private static func indicatorOnly(
        _ attribute: MISPInputAttribute,
        _ pattern: String,
        patternType: String = "stix"
    ) throws(MISPMappingError) -> MISPAttributeMapping {
        guard attribute.toIDs else {
            throw MISPMappingError("'\(attribute.type)' without to_ids has no STIX 2.1 mapping (misp-stix exports it as a custom x-misp-attribute)")
        }
        return .indicatorOnly(pattern: pattern, patternType: patternType)
    }

    // MARK: - Values

    /// Splits a composite `a|b` value.
    static func pair(_ value: String, _ type: String) throws(MISPMappingError) -> (String, String) {
        guard let bar = value.firstIndex(of: "|") else {
            throw MISPMappingError("'\(type)' value '\(value)' is not of the form 'first|second'")
        }
        let first = String(value[..<bar])
        let second = String(value[value.index(after: bar)...])
        guard !first.isEmpty, !second.isEmpty else {
            throw MISPMappingError("'\(type)' value '\(value)' has an empty part")
        }
        return (first, second)
    }

    /// An IPv4 or IPv6 address (a CIDR block is kept as the STIX value allows).
    static func address(_ text: String) throws(MISPMappingError) -> (type: String, value: String) {
        if text.contains(":") { return ("ipv6-addr", text) }
        let host = text.split(separator: "/", maxSplits: 1)
        let octets = host.first?.split(separator: ".", omittingEmptySubsequences: false) ?? []
        guard octets.count == 4, octets.allSatisfy({ UInt8($0) != nil }) else {
            throw MISPMappingError("'\(text)' is not an IPv4 or IPv6 address")
        }
        return ("ipv4-addr", text)
    }

    static func port(_ text: String) throws(MISPMappingError) -> Int {
        guard let port = Int(text), (0...65535).contains(port) else {
            throw MISPMappingError("'\(text)' is not a port number (0–65535)")
        }
        return port
    }

    static func asNumber(_ text: String) throws(MISPMappingError) -> Int {
        let digits = text.uppercased().hasPrefix("AS") ? String(text.dropFirst(2)) : text
        guard let number = Int(digits), number >= 0, number <= 4_294_967_295 else {
            throw MISPMappingError("'\(text)' is not an AS number")
        }
        return number
    }
}
