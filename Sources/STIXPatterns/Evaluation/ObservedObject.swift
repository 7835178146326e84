import STIX

/// One SCO of an observation, with its type read once (a class, so iterating an observation copies no strings).
final class ObservedObject: Sendable {
    /// The key the observation knows it by (its id, or a STIX 2.0 `objects` key such as `"0"`).
    let key: String
    /// The SCO's `type` (empty when it has none).
    let type: String
    let object: JSONObject
    /// The top-level property names and values, in parallel, for lookups that copy nothing while scanning.
    let propertyNames: [String]
    let propertyValues: [JSONValue]

    init(key: String, type: String, object: JSONObject) {
        self.key = key
        self.type = type
        self.object = object
        var names: [String] = []
        var values: [JSONValue] = []
        names.reserveCapacity(object.count)
        values.reserveCapacity(object.count)
        for (name, value) in object {
            names.append(name)
            values.append(value)
        }
        self.propertyNames = names
        self.propertyValues = values
    }

    /// The value of top-level property `name`, if present.
    func property(_ name: String) -> JSONValue? {
        guard let index = self.propertyNames.firstIndex(of: name) else { return nil }
        return self.propertyValues[index]
    }
}
