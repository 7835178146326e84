public import STIX

/// An observed-data object with the SCOs it references, ready for matching.
public struct Observation: Sendable {
    /// The observed-data id.
    public let id: String
    /// The start of the observed time window.
    public let firstObserved: Timestamp
    /// The end of the observed time window.
    public let lastObserved: Timestamp
    /// How many times the data was observed: each counts as a separate observation for `REPEATS` and joins.
    public let numberObserved: Int
    /// The SCOs, by key: their id for STIX 2.1 `object_refs`, `"0"`, `"1"`, … for STIX 2.0 `objects`.
    ///
    /// `_ref` and `_refs` properties are resolved against these keys.
    public let objects: [String: JSONObject]
    /// The SCOs with their types, sorted by key so evaluation order is stable.
    let observedObjects: [ObservedObject]

    /// Creates an observation from its parts; ``collect(from:)`` builds them from STIX JSON.
    public init(
        id: String, firstObserved: Timestamp, lastObserved: Timestamp, numberObserved: Int,
        objects: [String: JSONObject]
    ) {
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
