/// Reading the `Tag` arrays of MISP events and attributes.
enum MISPInputTags {
    /// The tag names of the node's `Tag` array (or of `EventTag[].Tag`), in order.
    static func names(in node: MISPNode) throws(MISPStructureError) -> [String] {
        var names: [String] = []
        for tag in try node.array("Tag") {
            _ = try tag.requireObject()
            names.append(try tag.requiredString("name"))
        }
        for wrapper in try node.array("EventTag") {
            if let tag = wrapper.member("Tag") {
                names.append(try tag.requiredString("name"))
            }
        }
        return names
    }
}
