/// One MISP object: an instance of an object template (`file`, `domain-ip`, …) grouping attributes.
struct MISPInputObject {
    let uuid: String?
    let name: String
    let metaCategory: String?
    let comment: String?
    let timestamp: Int64?
    let attributes: [MISPInputAttribute]
    let path: String

    init(_ node: MISPNode) throws(MISPStructureError) {
        _ = try node.requireObject()
        self.uuid = try node.string("uuid")
        self.name = try node.requiredString("name")
        self.metaCategory = try node.string("meta-category")
        self.comment = try node.string("comment").flatMap { $0.isEmpty ? nil : $0 }
        self.timestamp = try node.epochSeconds("timestamp")
        var attributes: [MISPInputAttribute] = []
        for element in try node.array("Attribute") {
            attributes.append(try MISPInputAttribute(element))
        }
        self.attributes = attributes
        self.path = node.path
    }

    /// The attributes whose `object_relation` is `relation`, in order.
    func attributes(_ relation: String) -> [MISPInputAttribute] {
        self.attributes.filter { $0.objectRelation == relation }
    }

    /// The first attribute whose `object_relation` is `relation`.
    func first(_ relation: String) -> MISPInputAttribute? {
        self.attributes.first { $0.objectRelation == relation }
    }

    /// Whether any attribute is flagged for detection (`to_ids`).
    var hasIndicatorAttributes: Bool {
        self.attributes.contains(where: \.toIDs)
    }
}
