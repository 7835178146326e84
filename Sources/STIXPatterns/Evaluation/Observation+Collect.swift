public import STIX

extension Observation {
    /// Builds observations from the objects of a bundle or a JSON array of observed-data and SCOs.
    ///
    /// Objects are matched as they are, custom and unknown types included, without validation. A bundle in
    /// `objects` contributes its own `objects`. Each observed-data becomes one observation holding the SCOs its
    /// STIX 2.1 `object_refs` name (looked up among all input objects by id; ids not present are skipped, as
    /// stix2-matcher does) and the SCOs of its deprecated STIX 2.0 `objects` dictionary.
    /// - Throws: ``ObservationError`` naming the object and property when an input is not a JSON object or an
    ///   observed-data lacks a valid `id`, `first_observed`, `last_observed`, `number_observed` (≥ 1), or both
    ///   `object_refs` and `objects`.
    public static func collect(from objects: [JSONValue]) throws(ObservationError) -> [Observation] {
        var flattened: [(position: String, object: JSONObject)] = []
        try Self.flatten(objects, prefix: "objects", into: &flattened)
        var byID: [String: JSONObject] = [:]
        for (_, object) in flattened {
            if let id = object["id"]?.stringValue, byID[id] == nil { byID[id] = object }
        }
        var observations: [Observation] = []
        for (position, object) in flattened where object["type"]?.stringValue == "observed-data" {
            observations.append(try Self.observation(object, position: position, objectsByID: byID))
        }
        return observations
    }

    private static func flatten(
        _ values: [JSONValue], prefix: String, into result: inout [(position: String, object: JSONObject)]
    ) throws(ObservationError) {
        for (index, value) in values.enumerated() {
            let position = "\(prefix)[\(index)]"
            guard case .object(let object) = value else {
                throw ObservationError(object: position, property: nil, reason: "is a \(value.typeName), not a STIX object")
            }
            if object["type"]?.stringValue == "bundle" {
                guard case .array(let inner)? = object["objects"] else {
                    throw ObservationError(object: position, property: "objects", reason: "a bundle needs a list of objects")
                }
                try Self.flatten(inner, prefix: position + ".objects", into: &result)
            } else {
                result.append((position, object))
            }
        }
    }

    private static func observation(
        _ object: JSONObject, position: String, objectsByID: [String: JSONObject]
    ) throws(ObservationError) -> Observation {
        guard let id = object["id"]?.stringValue else {
            throw ObservationError(object: position, property: "id", reason: "an observed-data needs a string id")
        }
        let firstObserved = try Self.timestamp(object, "first_observed", id: id)
        let lastObserved = try Self.timestamp(object, "last_observed", id: id)
        guard let numberObserved = object["number_observed"]?.intValue, numberObserved >= 1 else {
            throw ObservationError(object: id, property: "number_observed", reason: "must be an integer of at least 1")
        }
        guard lastObserved >= firstObserved else {
            throw ObservationError(object: id, property: "last_observed", reason: "is earlier than first_observed")
        }
        var scos: [String: JSONObject] = [:]
        let references = object["object_refs"]
        let embedded = object["objects"]
        guard references != nil || embedded != nil else {
            throw ObservationError(object: id, property: "object_refs", reason: "an observed-data needs object_refs (or STIX 2.0 objects)")
        }
        if let references {
            guard case .array(let list) = references else {
                throw ObservationError(object: id, property: "object_refs", reason: "must be a list of identifiers")
            }
            for reference in list {
                guard case .string(let reference) = reference else {
                    throw ObservationError(object: id, property: "object_refs", reason: "must be a list of identifiers")
                }
                if let sco = objectsByID[reference] { scos[reference] = sco }
            }
        }
        if let embedded {
            guard case .object(let dictionary) = embedded else {
                throw ObservationError(object: id, property: "objects", reason: "must be a dictionary of cyber observables")
            }
            for (key, value) in dictionary {
                guard case .object(let sco) = value else {
                    throw ObservationError(object: id, property: "objects.\(key)", reason: "must be a cyber observable object")
                }
                scos[key] = sco
            }
        }
        return Observation(
            id: id, firstObserved: firstObserved, lastObserved: lastObserved, numberObserved: numberObserved, objects: scos)
    }

    private static func timestamp(_ object: JSONObject, _ property: String, id: String) throws(ObservationError) -> Timestamp {
        guard let text = object[property]?.stringValue else {
            throw ObservationError(object: id, property: property, reason: "an observed-data needs this timestamp")
        }
        guard let timestamp = Timestamp(text) else {
            throw ObservationError(object: id, property: property, reason: "'\(text)' is not an RFC 3339 UTC timestamp")
        }
        return timestamp
    }
}
