import STIX

/// Finding the events, attributes and objects in the shapes MISP writes them.
enum MISPDocument {
    /// The events of `{"Event": …}`, `{"response": [{"Event": …}]}`, `[{"Event": …}]` or a bare event.
    static func events(in root: JSONValue) throws(MISPStructureError) -> [MISPInputEvent] {
        let node = MISPNode(root, path: "$")
        switch root {
        case .array:
            return try Self.wrappedEvents(node.elements())
        case .object(let object):
            if let event = node.member("Event") {
                return [try MISPInputEvent(event)]
            }
            if let response = node.member("response") {
                guard response.value.arrayValue != nil else {
                    throw response.error("expected an array of {\"Event\": …} objects, found \(response.value.typeName)")
                }
                return try Self.wrappedEvents(response.elements())
            }
            if object.contains(key: "uuid") && (object.contains(key: "info") || object.contains(key: "Attribute")) {
                return [try MISPInputEvent(node)]
            }
            throw node.error("not a MISP event: expected {\"Event\": …}, {\"response\": [{\"Event\": …}]} or [{\"Event\": …}]")
        default:
            throw node.error("not a MISP event: expected an object or an array, found \(root.typeName)")
        }
    }

    private static func wrappedEvents(_ elements: [MISPNode]) throws(MISPStructureError) -> [MISPInputEvent] {
        var events: [MISPInputEvent] = []
        for element in elements {
            _ = try element.requireObject()
            guard let event = element.member("Event") else {
                throw element.error("expected an object with an 'Event' member")
            }
            events.append(try MISPInputEvent(event))
        }
        return events
    }

    /// The attributes and objects of a collection: `{"response": {"Attribute": […], "Object": […]}}`,
    /// `{"response": [{"Attribute": …} or {"Object": …}]}`, or the same without `response`.
    static func collection(in root: JSONValue) throws(MISPStructureError) -> ([MISPInputAttribute], [MISPInputObject]) {
        let top = MISPNode(root, path: "$")
        let node = top.member("response") ?? top
        var attributes: [MISPInputAttribute] = []
        var objects: [MISPInputObject] = []
        switch node.value {
        case .object:
            for element in try node.array("Attribute") { attributes.append(try MISPInputAttribute(element)) }
            for element in try node.array("Object") { objects.append(try MISPInputObject(element)) }
        case .array:
            for element in try node.elements() {
                _ = try element.requireObject()
                if let attribute = element.member("Attribute") {
                    attributes.append(try MISPInputAttribute(attribute))
                } else if let object = element.member("Object") {
                    objects.append(try MISPInputObject(object))
                } else {
                    throw element.error("expected an object with an 'Attribute' or 'Object' member")
                }
            }
        default:
            throw node.error("expected an object or an array, found \(node.value.typeName)")
        }
        return (attributes, objects)
    }
}
