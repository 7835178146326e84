import STIX

/// One SCO of an observation, with its type read once (a class, so iterating an observation copies no strings).
final class ObservedObject: Sendable {
    /// The key the observation knows it by (its id, or a STIX 2.0 `objects` key such as `"0"`).
    let key: String
    /// The SCO's `type` (empty when it has none).
    let type: String
    let object: JSONObject

    init(key: String, type: String, object: JSONObject) {
        self.key = key
        self.type = type
        self.object = object
    }
}
