/// Deterministic identifiers of STIX Cyber-observable Objects (STIX 2.1 §2.9).
///
/// The UUID is a version 5 UUID in namespace `00abedb4-aa42-466c-9c01-fed23315a9b7` over the
/// RFC 8785 canonical JSON of the object's ID contributing properties that are present. When
/// `hashes` contributes, only one hash is used, chosen in the order MD5, SHA-1, SHA-256, SHA-512,
/// else the first one listed.
public enum SCOIdentifier {
    /// The namespace of all deterministic SCO identifiers.
    public static let namespace = "00abedb4-aa42-466c-9c01-fed23315a9b7"

    private static let contributing: [String: [String]] = [
        "artifact": ["hashes", "payload_bin"],
        "autonomous-system": ["number"],
        "directory": ["path"],
        "domain-name": ["value"],
        "email-addr": ["value"],
        "email-message": ["from_ref", "subject", "body"],
        "file": ["hashes", "name", "extensions", "parent_directory_ref"],
        "ipv4-addr": ["value"],
        "ipv6-addr": ["value"],
        "mac-addr": ["value"],
        "mutex": ["name"],
        "network-traffic": ["start", "end", "src_ref", "dst_ref", "src_port", "dst_port", "protocols", "extensions"],
        "process": [],
        "software": ["name", "cpe", "swid", "vendor", "version"],
        "url": ["value"],
        "user-account": ["account_type", "user_id", "account_login"],
        "windows-registry-key": ["key", "values"],
        "x509-certificate": ["hashes", "serial_number"],
        BankAccountExtension.objectType: BankAccountExtension.idContributingProperties,
    ]

    /// The ID contributing properties of an SCO type (empty for `process`, which uses UUIDv4),
    /// or `nil` for types that are not SCOs.
    public static func contributingProperties(of type: String) -> [String]? {
        Self.contributing[type]
    }

    /// The deterministic id `type--UUIDv5` of an SCO with these properties, or `nil` when the type
    /// has no ID contributing properties or none of them is present (a UUIDv4 is then appropriate).
    public static func deterministicID(type: String, properties: JSONObject) -> String? {
        guard let names = Self.contributing[type], !names.isEmpty else { return nil }
        var contributing = JSONObject()
        for name in names {
            guard let value = properties[name] else { continue }
            if name == "hashes" {
                guard let chosen = Self.chooseOneHash(value) else { continue }
                contributing[name] = chosen
            } else {
                contributing[name] = value
            }
        }
        guard !contributing.isEmpty else { return nil }
        let canonical = JSONCanonicalization.canonicalBytes(.object(contributing))
        return "\(type)--\(UUIDText.v5(namespace: Self.namespace, name: canonical))"
    }

    private static func chooseOneHash(_ value: JSONValue) -> JSONValue? {
        guard case .object(let hashes) = value, let first = hashes.keys.first else { return nil }
        for algorithm in ["MD5", "SHA-1", "SHA-256", "SHA-512"] {
            if let hash = hashes[algorithm] {
                return .object(JSONObject([(algorithm, hash)]))
            }
        }
        return .object(JSONObject([(first, hashes[first] ?? .null)]))
    }
}
