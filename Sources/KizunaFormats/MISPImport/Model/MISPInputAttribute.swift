import STIX
import STIXPatterns

/// One MISP attribute: a typed value, top-level in an event or inside a MISP object.
struct MISPInputAttribute {
    let uuid: String?
    let type: String
    let category: String?
    let value: String
    let toIDs: Bool
    let comment: String?
    let timestamp: Int64?
    /// Base64 content of `attachment` and `malware-sample` attributes (`nil` unless valid base64).
    let data: String?
    /// The attribute's role in its MISP object (`filename`, `ip-dst`, …); `nil` at top level.
    let objectRelation: String?
    let tags: [String]
    let galaxies: [MISPInputCluster]
    let path: String

    init(_ node: MISPNode) throws(MISPStructureError) {
        _ = try node.requireObject()
        self.uuid = try node.string("uuid")
        self.type = try node.requiredString("type")
        self.category = try node.string("category")
        if let flag = node.member("value")?.value.boolValue {
            self.value = flag ? "1" : "0"  // `boolean` attributes: MISP stores "1"/"0"
        } else {
            self.value = try node.requiredString("value")
        }
        self.toIDs = try node.flag("to_ids")
        self.comment = try node.string("comment").flatMap { $0.isEmpty ? nil : $0 }
        self.timestamp = try node.epochSeconds("timestamp")
        self.data = try node.string("data").flatMap { Base64.decode($0) != nil ? $0 : nil }
        self.objectRelation = try node.string("object_relation")
        self.tags = try MISPInputTags.names(in: node)
        self.galaxies = try MISPInputCluster.clusters(in: node)
        self.path = node.path
    }
}
