import STIX

extension MISPEventConverter {
    /// Converts a whole event: the creator `identity`, every galaxy cluster, attribute and object,
    /// then the `grouping` that references them (misp-stix's event export).
    static func conversion(of event: MISPInputEvent) -> MISPConversion {
        let identityID = event.creator.map { "identity--\($0.uuid)" }
        var converter = MISPEventConverter(scope: event.uuid, timestamp: event.timestamp, identityID: identityID, eventTags: event.tags)
        let eventMarkings = converter.markings(forTags: [])
        // Event galaxies first, so their tags are known not to be labels; outcomes follow the input's order.
        for cluster in event.galaxies {
            converter.convert(cluster, attachedTo: nil, markings: eventMarkings)
        }
        let galaxyEnd = converter.items.count
        for attribute in event.attributes {
            converter.convert(attribute)
        }
        let attributeEnd = converter.items.count
        for object in event.objects {
            converter.convert(object)
        }
        let sections: [String: ArraySlice<MISPItemOutcome>] = [
            "Galaxy": converter.items[..<galaxyEnd], "Attribute": converter.items[galaxyEnd..<attributeEnd],
            "Object": converter.items[attributeEnd...],
        ]
        let items = event.sectionOrder.flatMap { sections[$0] ?? [] }
        var head: [JSONValue] = []
        if let creator = event.creator {
            var identity = converter.domainObject("identity", uuid: creator.uuid, timestamp: nil, createdBy: false)
            identity["name"] = .string(creator.name.isEmpty ? creator.uuid : creator.name)
            identity["identity_class"] = "organization"
            head.append(.object(identity))
        }
        var references = converter.references
        if references.isEmpty, let identityID { references = [identityID] }
        if !references.isEmpty {
            var grouping = converter.domainObject("grouping", uuid: event.uuid.lowercased(), timestamp: nil)
            grouping["name"] = .string(event.info.isEmpty ? "MISP event \(event.uuid)" : event.info)
            grouping["context"] = "suspicious-activity"
            grouping["object_refs"] = .array(references.map { .string($0) })
            Self.finish(&grouping, labels: converter.labels(forTags: event.tags), markings: eventMarkings)
            head.append(.object(grouping))
        }
        let markings = converter.usedMarkingDefinitions + (eventMarkings.isEmpty ? [] : converter.eventMarkingDefinition)
        return MISPConversion(
            eventUUID: event.uuid,
            info: event.info,
            objects: Self.unique(markings) + head + converter.objects,
            items: items,
            tlp: converter.eventMarking?.level
        )
    }

    /// Converts bare attributes and objects (a misp-stix attributes or objects collection): no
    /// identity and no grouping, since there is no event.
    static func conversion(ofAttributes attributes: [MISPInputAttribute], objects: [MISPInputObject], source: String) -> MISPConversion {
        let latest = (attributes.compactMap(\.timestamp) + objects.compactMap(\.timestamp)).max() ?? 0
        var converter = MISPEventConverter(scope: source, timestamp: latest, identityID: nil, eventTags: [])
        for attribute in attributes {
            converter.convert(attribute)
        }
        for object in objects {
            converter.convert(object)
        }
        return MISPConversion(
            eventUUID: "",
            info: "",
            objects: converter.usedMarkingDefinitions + converter.objects,
            items: converter.items,
            tlp: nil
        )
    }

    private var eventMarkingDefinition: [JSONValue] {
        guard let marking = self.eventMarking, let definition = MISPTagMarkings.definition(id: marking.id) else { return [] }
        return [definition]
    }

    private static func unique(_ values: [JSONValue]) -> [JSONValue] {
        var seen: Set<String> = []
        return values.filter { seen.insert($0["id"]?.stringValue ?? "").inserted }
    }
}
