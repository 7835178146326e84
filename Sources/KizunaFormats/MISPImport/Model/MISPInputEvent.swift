import STIX

/// One MISP event with the parts the STIX conversion uses.
struct MISPInputEvent {
    /// The creator organisation (`Orgc`, else `Org`).
    struct Organisation {
        let uuid: String
        let name: String
    }

    let uuid: String
    let info: String
    let timestamp: Int64
    let creator: Organisation?
    let tags: [String]
    let attributes: [MISPInputAttribute]
    let objects: [MISPInputObject]
    let galaxies: [MISPInputCluster]
    /// `Attribute`, `Object` and `Galaxy` in the order the event lists them.
    let sectionOrder: [String]

    /// Reads an event object (the value of `Event`, or a bare event).
    init(_ node: MISPNode) throws(MISPStructureError) {
        _ = try node.requireObject()
        self.uuid = try node.requiredString("uuid")
        guard UUIDText.isValid(self.uuid) else {
            throw MISPStructureError(path: MISPNode.memberPath("uuid", of: node.path), message: "'\(self.uuid)' is not a UUID")
        }
        self.info = try node.string("info") ?? ""
        if let seconds = try node.epochSeconds("timestamp") {
            self.timestamp = seconds
        } else if let date = try node.string("date"), let seconds = Timestamp("\(date)T00:00:00Z")?.secondsSinceEpoch {
            self.timestamp = seconds
        } else {
            throw MISPStructureError(
                path: MISPNode.memberPath("timestamp", of: node.path),
                message: "missing: an event needs a timestamp or a date (YYYY-MM-DD)"
            )
        }
        self.creator = try Self.organisation(node.member("Orgc") ?? node.member("Org"))
        self.tags = try MISPInputTags.names(in: node)
        var attributes: [MISPInputAttribute] = []
        for element in try node.array("Attribute") {
            attributes.append(try MISPInputAttribute(element))
        }
        self.attributes = attributes
        var objects: [MISPInputObject] = []
        for element in try node.array("Object") {
            objects.append(try MISPInputObject(element))
        }
        self.objects = objects
        self.galaxies = try MISPInputCluster.clusters(in: node)
        let sections = ["Attribute", "Object", "Galaxy"]
        let listed = try node.requireObject().keys.filter(sections.contains)
        self.sectionOrder = listed + sections.filter { !listed.contains($0) }
    }

    private static func organisation(_ node: MISPNode?) throws(MISPStructureError) -> Organisation? {
        guard let node else { return nil }
        _ = try node.requireObject()
        guard let uuid = try node.string("uuid"), UUIDText.isValid(uuid) else { return nil }
        return Organisation(uuid: uuid.lowercased(), name: try node.string("name") ?? "")
    }
}
