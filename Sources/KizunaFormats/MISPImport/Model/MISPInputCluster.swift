import STIX

/// One cluster of a MISP galaxy (an ATT&CK technique, a malware family, a threat actor, …).
struct MISPInputCluster {
    let uuid: String?
    /// The galaxy type, e.g. `mitre-attack-pattern`.
    let type: String
    let galaxyName: String?
    let value: String
    let description: String?
    let meta: JSONObject
    /// The tag that attaches the cluster, e.g. `misp-galaxy:threat-actor="Sofacy"`.
    let tagName: String?
    let path: String

    init(_ node: MISPNode, galaxy: MISPNode) throws(MISPStructureError) {
        _ = try node.requireObject()
        self.uuid = try node.string("uuid")
        if let type = try node.string("type") {
            self.type = type
        } else {
            self.type = try galaxy.requiredString("type")
        }
        self.galaxyName = try galaxy.string("name")
        self.value = try node.requiredString("value")
        self.description = try node.string("description").flatMap { $0.isEmpty ? nil : $0 }
        if let meta = node.member("meta") {
            self.meta = try meta.requireObject()
        } else {
            self.meta = JSONObject()
        }
        self.tagName = try node.string("tag_name")
        self.path = node.path
    }

    /// The clusters of every galaxy in the `Galaxy` array of an event or attribute.
    static func clusters(in node: MISPNode) throws(MISPStructureError) -> [MISPInputCluster] {
        var clusters: [MISPInputCluster] = []
        for galaxy in try node.array("Galaxy") {
            _ = try galaxy.requireObject()
            for cluster in try galaxy.array("GalaxyCluster") {
                clusters.append(try MISPInputCluster(cluster, galaxy: galaxy))
            }
        }
        return clusters
    }

    /// The strings of the meta field `key` (a string or an array of strings).
    func metaStrings(_ key: String) -> [String] {
        switch self.meta[key] {
        case .string(let text)?: [text]
        case .array(let elements)?: elements.compactMap(\.stringValue)
        default: []
        }
    }
}
