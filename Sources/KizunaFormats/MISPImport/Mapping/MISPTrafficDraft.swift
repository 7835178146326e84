import STIX

/// The `network-traffic` an `ip-port` or `network-connection` MISP object describes, built attribute by attribute:
/// its properties, the pattern groups of its `to_ids` attributes, and its protocols.
struct MISPTrafficDraft {
    var properties: [(String, JSONValue)] = []
    var groups: [String] = []
    var protocols: [JSONValue] = []

    /// An endpoint address: its SCO, the side's `*_ref` (the first address of a side wins) and, for `to_ids`, a
    /// pattern group. Returns the address's SCO type.
    mutating func address(
        _ side: String, _ attribute: MISPInputAttribute, _ graph: inout MISPObservableGraph
    ) throws(MISPMappingError) -> String {
        let address = try MISPAttributeMapping.address(attribute.value)
        let id = graph.add(address.type, [("value", .string(address.value))])
        if !self.properties.contains(where: { $0.0 == "\(side)_ref" }) { self.properties.append(("\(side)_ref", .string(id))) }
        if attribute.toIDs { self.groups.append(Self.refGroup(side, address.type, address.value)) }
        return address.type
    }

    /// An endpoint port and, for `to_ids`, its comparison.
    mutating func port(_ side: String, _ attribute: MISPInputAttribute) throws(MISPMappingError) {
        self.properties.append(("\(side)_port", .number(JSONNumber(try MISPAttributeMapping.port(attribute.value)))))
        if attribute.toIDs { self.groups.append(MISPPatternText.equals("network-traffic:\(side)_port", attribute.value)) }
    }

    /// Adds the `network-traffic` SCO (properties in `order` first, `tcp` when no protocol was named) and the pattern.
    /// - Throws: `missing` when no address was given.
    func finish(into graph: inout MISPObservableGraph, order: [String], missing: String) throws(MISPMappingError) {
        guard self.properties.contains(where: { $0.0.hasSuffix("_ref") }) else { throw MISPMappingError(missing) }
        let properties = self.properties + [("protocols", .array(self.protocols.isEmpty ? ["tcp"] : self.protocols))]
        graph.add("network-traffic", MISPObjectMapping.ordered(properties, first: order))
        graph.pattern = self.groups.isEmpty ? nil : MISPPatternText.observation(self.groups)
    }

    /// `(network-traffic:side_ref.type = 'type' AND network-traffic:side_ref.value = 'value')`, as misp-stix writes it.
    static func refGroup(_ side: String, _ type: String, _ value: String) -> String {
        "(" + MISPPatternText.equals("network-traffic:\(side)_ref.type", type) + " AND "
            + MISPPatternText.equals("network-traffic:\(side)_ref.value", value) + ")"
    }
}
