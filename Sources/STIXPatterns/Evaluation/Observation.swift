public import STIX

/// An observed-data object with the SCOs it references, ready for matching.
///
/// The parts live in one shared storage object, so copying an observation (as arrays and loops do) costs a
/// single reference count instead of one per string and collection.
public struct Observation: Sendable {
    /// The observed-data id.
    public var id: String { self.storage.id }
    /// The start of the observed time window.
    public var firstObserved: Timestamp { self.storage.firstObserved }
    /// The end of the observed time window.
    public var lastObserved: Timestamp { self.storage.lastObserved }
    /// How many times the data was observed: each counts as a separate observation for `REPEATS` and joins.
    public var numberObserved: Int { self.storage.numberObserved }
    /// The SCOs, by key: their id for STIX 2.1 `object_refs`, `"0"`, `"1"`, … for STIX 2.0 `objects`.
    ///
    /// `_ref` and `_refs` properties are resolved against these keys.
    public var objects: [String: JSONObject] { self.storage.objects }
    /// The SCOs with their types, sorted by key so evaluation order is stable.
    var observedObjects: [ObservedObject] { self.storage.observedObjects }

    private let storage: Storage

    private final class Storage: Sendable {
        let id: String
        let firstObserved: Timestamp
        let lastObserved: Timestamp
        let numberObserved: Int
        let objects: [String: JSONObject]
        let observedObjects: [ObservedObject]

        init(id: String, firstObserved: Timestamp, lastObserved: Timestamp, numberObserved: Int, objects: [String: JSONObject]) {
            self.id = id
            self.firstObserved = firstObserved
            self.lastObserved = lastObserved
            self.numberObserved = numberObserved
            self.objects = objects
            self.observedObjects = objects.sorted { $0.key < $1.key }.map { key, object in
                ObservedObject(key: key, type: object["type"]?.stringValue ?? "", object: object)
            }
        }
    }

    /// Creates an observation from its parts; ``collect(from:)`` builds them from STIX JSON.
    public init(
        id: String, firstObserved: Timestamp, lastObserved: Timestamp, numberObserved: Int,
        objects: [String: JSONObject]
    ) {
        self.storage = Storage(
            id: id, firstObserved: firstObserved, lastObserved: lastObserved, numberObserved: numberObserved, objects: objects)
    }

}
