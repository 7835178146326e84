import STIX

extension MISPEventConverter {
    /// Converts one top-level attribute and its galaxy clusters, recording their outcomes.
    mutating func convert(_ attribute: MISPInputAttribute) {
        let uuid = self.itemUUID(attribute.uuid, path: attribute.path)
        let markings = self.markings(forTags: attribute.tags)
        var labels: [JSONValue] = [.string("misp:type=\"\(attribute.type)\"")]
        if let category = attribute.category { labels.append(.string("misp:category=\"\(category)\"")) }
        let clusterTags = attribute.galaxies.filter { MISPGalaxyMapping.stixType(ofGalaxy: $0.type) != nil }.compactMap(\.tagName)
        labels += self.labels(forTags: attribute.tags).filter { !clusterTags.contains($0.stringValue ?? "") }
        let item = ObservableItem(
            uuid: uuid, timestamp: attribute.timestamp, toIDs: attribute.toIDs, description: attribute.comment,
            killChainPhase: attribute.category, labels: labels, markings: markings
        )
        var primary: String?
        do {
            let ids: [String]
            switch try MISPAttributeMapping.of(attribute, fallbackUUID: uuid) {
            case .observable(let graph):
                (ids, primary) = self.emitObservable(graph, for: item)
            case .indicatorOnly(let pattern, let patternType):
                let id = self.emitIndicator(pattern: pattern, patternType: patternType, for: item)
                (ids, primary) = ([id], id)
            case .domainObject(let type, let properties):
                var object = self.domainObject(type, uuid: uuid, timestamp: attribute.timestamp)
                object["name"] = .string(attribute.value)
                if let comment = attribute.comment { object["description"] = .string(comment) }
                for (key, value) in properties { object[key] = value }
                Self.finish(&object, labels: labels, markings: markings)
                let id = self.emit(object)
                (ids, primary) = ([id], id)
            }
            self.record(.init(kind: .attribute, uuid: attribute.uuid, type: attribute.type, value: attribute.value, stixIDs: ids, skipped: nil))
        } catch {
            self.record(
                .init(kind: .attribute, uuid: attribute.uuid, type: attribute.type, value: attribute.value, stixIDs: [], skipped: error.reason))
        }
        for cluster in attribute.galaxies {
            self.convert(cluster, attachedTo: primary, markings: markings)
        }
    }

    /// Converts one MISP object, recording its outcome.
    mutating func convert(_ object: MISPInputObject) {
        let uuid = self.itemUUID(object.uuid, path: object.path)
        let tags = object.attributes.flatMap(\.tags)
        let markings = self.markings(forTags: tags)
        var labels: [JSONValue] = [.string("misp:name=\"\(object.name)\"")]
        if let metaCategory = object.metaCategory { labels.append(.string("misp:meta-category=\"\(metaCategory)\"")) }
        let item = ObservableItem(
            uuid: uuid, timestamp: object.timestamp, toIDs: object.hasIndicatorAttributes, description: object.comment,
            killChainPhase: object.metaCategory, labels: labels, markings: markings
        )
        do {
            let ids: [String]
            switch try MISPObjectMapping.of(object, fallbackUUID: uuid) {
            case .observable(let graph):
                ids = self.emitObservable(graph, for: item).ids
            case .domainObject(let type, let name, let properties):
                var sdo = self.domainObject(type, uuid: uuid, timestamp: object.timestamp)
                sdo["name"] = .string(name)
                for (key, value) in properties { sdo[key] = value }
                Self.finish(&sdo, labels: labels, markings: markings)
                ids = [self.emit(sdo)]
            }
            self.record(.init(kind: .object, uuid: object.uuid, type: object.name, value: nil, stixIDs: ids, skipped: nil))
        } catch {
            self.record(.init(kind: .object, uuid: object.uuid, type: object.name, value: nil, stixIDs: [], skipped: error.reason))
        }
    }

    /// Converts one galaxy cluster; with `primary`, relates the attribute's main object to it.
    mutating func convert(_ cluster: MISPInputCluster, attachedTo primary: String?, markings: [JSONValue]) {
        guard let stixType = MISPGalaxyMapping.stixType(ofGalaxy: cluster.type) else {
            let reason = "galaxy type '\(cluster.type)' has no STIX 2.1 mapping (misp-stix exports it as a custom x-misp-galaxy-cluster)"
            self.record(.init(kind: .galaxyCluster, uuid: cluster.uuid, type: cluster.type, value: cluster.value, stixIDs: [], skipped: reason))
            return
        }
        let uuid = self.itemUUID(cluster.uuid, path: cluster.path)
        var object = self.domainObject(stixType, uuid: uuid, timestamp: nil, createdBy: false)
        for (key, value) in MISPGalaxyMapping.properties(of: cluster, stixType: stixType) {
            object[key] = value
        }
        if !markings.isEmpty { object["object_marking_refs"] = .array(markings) }
        var ids = [self.emit(object)]
        if let primary {
            let type = primary.hasPrefix("indicator--") ? "indicates" : "related-to"
            ids.append(self.emit(self.relationship(type, from: primary, to: ids[0], timestamp: nil, markings: markings)))
        }
        self.noteConvertedCluster(tag: cluster.tagName)
        self.record(.init(kind: .galaxyCluster, uuid: cluster.uuid, type: cluster.type, value: cluster.value, stixIDs: ids, skipped: nil))
    }
}
