import STIX

/// The values an object path reaches inside one SCO's JSON (indexes and `[*]` included, references not followed).
enum PathValues {
    /// The values at `steps` in `object`.
    static func values(at steps: [PathStep], in object: JSONObject) -> [JSONValue] {
        var current: [JSONValue] = [.object(object)]
        for step in steps {
            var next: [JSONValue] = []
            for value in current {
                switch step {
                case .property(let name):
                    if let member = value.objectValue?[name] { next.append(member) }
                case .index(let index):
                    if let elements = value.arrayValue, index >= 0, index < elements.count { next.append(elements[index]) }
                case .anyIndex:
                    next += value.arrayValue ?? []
                }
            }
            current = next
        }
        return current
    }

    /// The string values at `steps` in `object`.
    static func strings(at steps: [PathStep], in object: JSONObject) -> [String] {
        Self.values(at: steps, in: object).compactMap(\.stringValue)
    }
}
