import STIX

/// One comparison ready to run against a root SCO: its path steps resolved and its test prepared.
///
/// A class so that evaluation passes one reference around instead of copying the steps and constant.
final class CompiledComparison: Sendable {
    /// One step of the object path, with what stepping through it implies.
    enum Step: Sendable {
        /// A property or dictionary key; `_ref` properties dereference to an SCO, `_refs` to a list of SCOs,
        /// `_hex`/`_bin` properties hold binary data.
        case key(String, reference: Reference?, encoding: BinaryEncoding?)
        case index(Int)
        case anyIndex
    }

    /// How a key step dereferences.
    enum Reference: Sendable {
        case single
        case list
    }

    /// The SCO type the path starts from.
    let objectType: String
    let steps: [Step]
    let test: ValueTest
    let negated: Bool

    init(_ comparison: Comparison) {
        self.objectType = comparison.path.objectType
        self.steps = comparison.path.steps.map { step in
            switch step {
            case .property(let name):
                let reference: Reference? =
                    name.hasSuffix("_ref") ? .single : (name.hasSuffix("_refs") ? .list : nil)
                return .key(name, reference: reference, encoding: BinaryEncoding(propertyName: name))
            case .index(let index):
                return .index(index)
            case .anyIndex:
                return .anyIndex
            }
        }
        // STIX domain and relationship objects are not observables: no path may start from one
        // (stix2-matcher ignores these types the same way).
        self.test = Self.domainObjectTypes.contains(self.objectType) ? .never : ValueTest(comparison)
        self.negated = comparison.negated
    }

    /// Whether the comparison holds for the SCO `root` of `observation`.
    ///
    /// The comparison holds when some value the path selects passes the test (after `NOT`); a path that
    /// selects nothing, and values of a type the test cannot compare, make it false even under `NOT`.
    /// `EXISTS` holds when the path selects anything; `NOT EXISTS` when it selects nothing.
    /// (stix2-matcher differs on mismatches: it makes `!=`, `NOT =`, `NOT LIKE` and the like true for a value of
    /// another type; here a type mismatch is false whatever the operator, as the spec's type rules say.)
    func holds(for root: ObservedObject, in observation: Observation) -> Bool {
        if case .exists = self.test {
            return self.anyValue(from: root, observation) != self.negated
        }
        return self.anyValue(from: root, observation)
    }

    /// Takes the first step from the root's pre-split properties, then walks on.
    private func anyValue(from root: ObservedObject, _ observation: Observation) -> Bool {
        guard case .key(let name, let reference, let encoding) = self.steps.first else {
            return self.anyValue(.object(root.object), step: 0, encoding: nil, observation)
        }
        guard let child = root.property(name) else { return false }
        return self.stepInto(child, reference: reference, encoding: encoding, next: 1, observation)
    }

    /// Whether the test passes for one selected value (after `NOT`); a type mismatch never passes.
    private func passes(_ value: JSONValue, encoding: BinaryEncoding?) -> Bool {
        if case .exists = self.test { return true }
        guard let typed = PropertyValue(value, encoding: encoding), let outcome = self.test.evaluate(typed) else {
            return false
        }
        return outcome != self.negated
    }

    /// Whether some value selected by the steps from `step` on, starting at `value`, passes.
    private func anyValue(_ value: JSONValue, step: Int, encoding: BinaryEncoding?, _ observation: Observation) -> Bool {
        guard step < self.steps.count else { return self.passes(value, encoding: encoding) }
        switch self.steps[step] {
        case .key(let name, let reference, let encoding):
            guard case .object(let object) = value, let child = object[name] else { return false }
            return self.stepInto(child, reference: reference, encoding: encoding, next: step + 1, observation)
        case .index(let index):
            guard case .array(let elements) = value, index >= 0, index < elements.count else { return false }
            return self.anyValue(elements[index], step: step + 1, encoding: nil, observation)
        case .anyIndex:
            guard case .array(let elements) = value else { return false }
            return elements.contains { self.anyValue($0, step: step + 1, encoding: nil, observation) }
        }
    }

    /// Continues from the value of a key step: dereferences `_ref`/`_refs` within the observation.
    private func stepInto(
        _ child: JSONValue, reference: Reference?, encoding: BinaryEncoding?, next step: Int, _ observation: Observation
    ) -> Bool {
        switch reference {
        case nil:
            return self.anyValue(child, step: step, encoding: encoding, observation)
        case .single:
            guard case .string(let key) = child, let target = observation.objects[key] else { return false }
            return self.anyValue(.object(target), step: step, encoding: nil, observation)
        case .list:
            guard case .array(let keys) = child else { return false }
            let targets: [JSONValue] = keys.compactMap { key in
                guard case .string(let key) = key, let target = observation.objects[key] else { return nil }
                return .object(target)
            }
            guard !targets.isEmpty else { return false }
            return self.anyValue(.array(targets), step: step, encoding: nil, observation)
        }
    }

    /// STIX 2.1 domain, relationship and meta object types, which patterns never match.
    static let domainObjectTypes: Set<String> = [
        "attack-pattern", "bundle", "campaign", "course-of-action", "extension-definition", "grouping", "identity",
        "incident", "indicator", "infrastructure", "intrusion-set", "language-content", "location", "malware",
        "malware-analysis", "marking-definition", "note", "observed-data", "opinion", "relationship", "report",
        "threat-actor", "tool", "sighting", "vulnerability",
    ]
}
