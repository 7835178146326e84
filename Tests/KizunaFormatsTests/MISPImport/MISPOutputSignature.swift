import STIX

/// The properties of STIX objects that a MISP conversion must get right, as comparable strings.
///
/// Ids are left out (misp-stix makes random relationship ids and uses MISP uuids for SCOs);
/// what is compared is each object's type, its SCO value or indicator pattern, its TLP marking,
/// and for relationships the relationship type with the types of both ends.
enum MISPOutputSignature {
    /// One signature per object, sorted, so two outputs compare as multisets.
    ///
    /// SCOs count once per distinct signature: with deterministic SCO ids the same observable made
    /// by two attributes is one object, where misp-stix writes one per attribute.
    static func signatures(of objects: [JSONValue]) -> [String] {
        var typesByID: [String: String] = [:]
        for object in objects {
            if let id = object["id"]?.stringValue, let type = object["type"]?.stringValue { typesByID[id] = type }
        }
        var seenObservables: Set<String> = []
        return objects.compactMap { object -> String? in
            guard let signature = Self.signature(of: object, typesByID: typesByID) else { return nil }
            if object["created"] == nil, object["type"] != "marking-definition" {
                return seenObservables.insert(signature).inserted ? signature : nil
            }
            return signature
        }.sorted()
    }

    static func signature(of object: JSONValue, typesByID: [String: String]) -> String? {
        guard let type = object["type"]?.stringValue else { return nil }
        if type == "marking-definition" { return nil }
        let markings = (object["object_marking_refs"]?.stringArrayValue ?? []).compactMap(TLPMarking.tlp(forMarkingRef:))
        let tlp = markings.isEmpty ? "" : " tlp=" + markings.map(\.rawValue).sorted().joined(separator: ",")
        let body: String
        switch type {
        case "indicator":
            body = "pattern=\(object["pattern"]?.stringValue ?? "?") type=\(object["pattern_type"]?.stringValue ?? "?")"
        case "relationship":
            let source = typesByID[object["source_ref"]?.stringValue ?? ""] ?? "?"
            let target = typesByID[object["target_ref"]?.stringValue ?? ""] ?? "?"
            body = "\(object["relationship_type"]?.stringValue ?? "?") \(source)->\(target)"
        case "observed-data", "grouping", "report":
            let refs = (object["object_refs"]?.stringArrayValue ?? []).map { typesByID[$0] ?? String($0.split(separator: "-").first ?? "") }
            body = "name=\(object["name"]?.stringValue ?? "") refs=\(refs.sorted().joined(separator: ","))"
        default:
            body = Self.observableValue(object) ?? "name=\(object["name"]?.stringValue ?? "")"
        }
        return "\(type) \(body)\(tlp)"
    }

    /// The identifying value of an SCO: `value`, `number`, `name`, `key`, `path` or its hashes.
    static func observableValue(_ object: JSONValue) -> String? {
        var parts: [String] = []
        for key in ["value", "number", "name", "key", "path", "payload_bin", "subject", "message_id", "body", "user_id", "account_login"] {
            if let value = object[key] {
                parts.append("\(key)=\(value.stringValue ?? JSON.serializeString(value))")
            }
        }
        if case .object(let hashes)? = object["hashes"] {
            let sorted = hashes.map { "\($0.key):\($0.value.stringValue ?? "")" }.sorted()
            parts.append("hashes=\(sorted.joined(separator: ","))")
        }
        return parts.isEmpty ? nil : parts.joined(separator: " ")
    }

    /// What is only in `expected` and what is only in `actual`, as multisets.
    static func difference(expected: [String], actual: [String]) -> (missing: [String], extra: [String]) {
        var remaining: [String: Int] = [:]
        for signature in actual { remaining[signature, default: 0] += 1 }
        var missing: [String] = []
        for signature in expected {
            if let count = remaining[signature], count > 0 {
                remaining[signature] = count - 1
            } else {
                missing.append(signature)
            }
        }
        let extra = remaining.flatMap { signature, count in Array(repeating: signature, count: count) }.sorted()
        return (missing, extra)
    }
}
