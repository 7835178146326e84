import STIX

/// Builds the STIX objects of one MISP event (or of a bare collection of attributes and objects).
///
/// Objects are emitted once per id: SCOs with deterministic ids that two items share, and galaxy
/// clusters attached to several attributes, appear once.
struct MISPEventConverter {
    /// Namespace of the UUIDv5s made here: relationships, and items without a usable MISP uuid.
    static let namespace = "8a4b7c2e-1f3d-4e5a-9b6c-0d7e8f9a1b2c"

    let scope: String
    let timestamp: Int64
    let identityID: String?
    let eventMarking: (id: String, level: TLP)?
    private(set) var objects: [JSONValue] = []
    private(set) var references: [String] = []
    private(set) var items: [MISPItemOutcome] = []
    private(set) var convertedClusterTags: Set<String> = []
    private var positions: [String: Int] = [:]
    private var markingDefinitions: [String] = []

    /// - Parameters:
    ///   - scope: a stable name for uuids derived here (the event uuid, or the source of a collection).
    ///   - timestamp: the Unix time used when an item has none.
    init(scope: String, timestamp: Int64, identityID: String?, eventTags: [String]) {
        self.scope = scope
        self.timestamp = timestamp
        self.identityID = identityID
        self.eventMarking = MISPTagMarkings.strictest(in: eventTags)
    }

    // MARK: - Emitting

    /// Appends `object` unless an object with its id was already emitted; returns the id.
    ///
    /// An SCO emitted again (same deterministic id, so the same observable) gains the properties
    /// it lacked and the references it did not have, e.g. a domain's `resolves_to_refs`.
    @discardableResult
    mutating func emit(_ object: JSONObject) -> String {
        let id = object["id"]?.stringValue ?? ""
        if let position = self.positions[id] {
            if object["created"] == nil, case .object(let existing) = self.objects[position] {
                self.objects[position] = .object(Self.merging(object, into: existing))
            }
            return id
        }
        self.positions[id] = self.objects.count
        self.objects.append(.object(object))
        self.references.append(id)
        for marking in object["object_marking_refs"]?.stringArrayValue ?? [] where !self.markingDefinitions.contains(marking) {
            self.markingDefinitions.append(marking)
        }
        return id
    }

    private static func merging(_ object: JSONObject, into existing: JSONObject) -> JSONObject {
        var merged = existing
        for (key, value) in object where key != "object_marking_refs" {
            guard let current = merged[key] else {
                merged[key] = value
                continue
            }
            if key.hasSuffix("_refs"), case .array(let old) = current, case .array(let new) = value {
                merged[key] = .array(old + new.filter { !old.contains($0) })
            }
        }
        return merged
    }

    mutating func record(_ outcome: MISPItemOutcome) {
        self.items.append(outcome)
    }

    mutating func noteConvertedCluster(tag: String?) {
        if let tag { self.convertedClusterTags.insert(tag) }
    }

    /// The marking-definition objects referenced by the emitted objects.
    var usedMarkingDefinitions: [JSONValue] {
        self.markingDefinitions.compactMap(MISPTagMarkings.definition(id:))
    }

    // MARK: - Building blocks

    /// A uuid for an item: its MISP uuid when valid, else a UUIDv5 of the scope and the item's JSON path.
    func itemUUID(_ uuid: String?, path: String) -> String {
        if let uuid, UUIDText.isValid(uuid) { return uuid.lowercased() }
        return UUIDText.v5(namespace: Self.namespace, name: Array("\(self.scope)|\(path)".utf8))
    }

    /// The marking refs for an item with `tags`: its own TLP tag, else the event's.
    func markings(forTags tags: [String]) -> [JSONValue] {
        if let own = MISPTagMarkings.strictest(in: tags) { return [.string(own.id)] }
        if let event = self.eventMarking { return [.string(event.id)] }
        return []
    }

    /// The labels of tags that are neither TLP markings nor galaxy clusters converted to objects.
    func labels(forTags tags: [String]) -> [JSONValue] {
        tags.filter { MISPTagMarkings.marking(forTag: $0) == nil && !self.convertedClusterTags.contains($0) }.map { .string($0) }
    }

    /// `type`, `spec_version`, `id`, `created_by_ref`, `created` and `modified` of a domain object.
    func domainObject(_ type: String, uuid: String, timestamp: Int64?, createdBy: Bool = true) -> JSONObject {
        let time = Timestamp.text(secondsSinceEpoch: timestamp ?? self.timestamp)
        var object = JSONObject([("type", .string(type)), ("spec_version", "2.1"), ("id", .string("\(type)--\(uuid)"))])
        if createdBy, let identityID = self.identityID { object["created_by_ref"] = .string(identityID) }
        object["created"] = .string(time)
        object["modified"] = .string(time)
        return object
    }

    /// A relationship with a UUIDv5 id derived from its type and ends, so re-imports give the same id.
    func relationship(_ type: String, from source: String, to target: String, timestamp: Int64?, markings: [JSONValue]) -> JSONObject {
        let uuid = UUIDText.v5(namespace: Self.namespace, name: Array("\(type)|\(source)|\(target)".utf8))
        var object = self.domainObject("relationship", uuid: uuid, timestamp: timestamp, createdBy: false)
        object["relationship_type"] = .string(type)
        object["source_ref"] = .string(source)
        object["target_ref"] = .string(target)
        if !markings.isEmpty { object["object_marking_refs"] = .array(markings) }
        return object
    }

    /// Adds `labels` and `object_marking_refs` (when not empty) at the end of `object`.
    static func finish(_ object: inout JSONObject, labels: [JSONValue], markings: [JSONValue]) {
        if !labels.isEmpty { object["labels"] = .array(labels) }
        if !markings.isEmpty { object["object_marking_refs"] = .array(markings) }
    }
}
