import STIX

extension MISPObjectMapping {
    /// The `file` template: a `file` with hashes, its `directory` and its `artifact` (malware sample).
    static func file(_ object: MISPInputObject, _ graph: inout MISPObservableGraph) throws(MISPMappingError) {
        var hashes = JSONObject()
        var properties: [(String, JSONValue)] = []
        var hashTerms: [String] = []
        var otherTerms: [String] = []
        var sampleTerms: [String] = []
        let names: [String: String] = [
            "filename": "name", "size-in-bytes": "size", "file-encoding": "name_enc", "mimetype": "mime_type",
            "creation-time": "ctime", "modification-time": "mtime", "access-time": "atime",
        ]
        for attribute in object.attributes {
            guard let relation = attribute.objectRelation else { continue }
            if let algorithm = MISPHashNames.stixName(ofMISPType: relation) ?? MISPHashNames.stixName(ofMISPType: attribute.type) {
                let hash = try MISPHashValue.checked(attribute.value, algorithm: algorithm)
                hashes[algorithm] = .string(hash)
                if attribute.toIDs { hashTerms.append(MISPPatternText.equals(MISPPatternText.hashPath("file", algorithm), hash)) }
                continue
            }
            switch relation {
            case "path":
                let directoryID = graph.add("directory", [("path", .string(attribute.value))])
                properties.append(("parent_directory_ref", .string(directoryID)))
                if attribute.toIDs { otherTerms.append(MISPPatternText.equals("file:parent_directory_ref.path", attribute.value)) }
            case "malware-sample":
                sampleTerms = try Self.sample(attribute, &graph, &properties, &hashes)
            case "attachment":
                var content: JSONObject = ["value": .string(attribute.value)]
                if let data = attribute.data { content["data"] = .string(data) }
                properties.append((Self.customName(relation), .object(content)))
            default:
                let name = names[relation] ?? Self.customName(relation)
                switch name {
                case "size":
                    guard let size = Int(attribute.value), size >= 0 else { throw MISPMappingError("'\(attribute.value)' is not a file size") }
                    properties.append((name, .number(JSONNumber(size))))
                case "ctime", "mtime", "atime":
                    guard let time = Self.timestamp(attribute.value) else { continue }
                    properties.append((name, .string(time)))
                default:
                    properties.append((name, .string(attribute.value)))
                }
                if attribute.toIDs { otherTerms.append(MISPPatternText.equals("file:\(name)", attribute.value)) }
            }
        }
        if !hashes.isEmpty { properties.insert(("hashes", .object(hashes)), at: 0) }
        guard !properties.isEmpty else { throw MISPMappingError("'file' object has no attributes") }
        graph.add("file", Self.ordered(properties, first: ["hashes", "size", "name", "name_enc"]))
        graph.moveLastToFront()
        let sampleGroup = sampleTerms.isEmpty ? [] : ["(" + sampleTerms.joined(separator: " AND ") + ")"]
        graph.terms = hashTerms + otherTerms.sorted { Self.rank($0) < Self.rank($1) } + sampleGroup
    }

    /// misp-stix writes the file name before the other properties.
    private static func rank(_ term: String) -> Int {
        term.hasPrefix("file:name ") ? 0 : 1
    }

    private static func sample(
        _ attribute: MISPInputAttribute,
        _ graph: inout MISPObservableGraph,
        _ properties: inout [(String, JSONValue)],
        _ hashes: inout JSONObject
    ) throws(MISPMappingError) -> [String] {
        let (name, text) = try MISPAttributeMapping.pair(attribute.value, attribute.type)
        let hash = try MISPHashValue.checked(text, algorithm: "MD5")
        guard let data = attribute.data, !data.isEmpty else {
            if hashes["MD5"] == nil { hashes["MD5"] = .string(hash) }
            return []
        }
        let artifactID = graph.add(
            "artifact",
            [
                ("mime_type", "application/zip"), ("payload_bin", .string(data)), ("hashes", ["MD5": .string(hash)]),
                ("encryption_algorithm", "mime-type-indicated"), ("decryption_key", "infected"), ("x_misp_filename", .string(name)),
            ]
        )
        properties.append(("content_ref", .string(artifactID)))
        guard attribute.toIDs else { return [] }
        return [
            MISPPatternText.equals("file:content_ref.payload_bin", data), MISPPatternText.equals("file:content_ref.x_misp_filename", name),
            MISPPatternText.equals("file:content_ref.hashes.MD5", hash), MISPPatternText.equals("file:content_ref.mime_type", "application/zip"),
            MISPPatternText.equals("file:content_ref.encryption_algorithm", "mime-type-indicated"),
            MISPPatternText.equals("file:content_ref.decryption_key", "infected"),
        ]
    }
}
