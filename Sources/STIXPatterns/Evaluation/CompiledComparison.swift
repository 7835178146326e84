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
    /// What the test is, decided once: the hot path reads these flags instead of matching the test's cases.
    private let isExistence: Bool
    private let isNever: Bool
    /// Whether a value of a type the test cannot compare passes (only under `!=`).
    private let mismatchPasses: Bool

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
        switch self.test {
        case .exists: (self.isExistence, self.isNever, self.mismatchPasses) = (true, false, false)
        case .never: (self.isExistence, self.isNever, self.mismatchPasses) = (false, true, false)
        case .notEqual: (self.isExistence, self.isNever, self.mismatchPasses) = (false, false, true)
        default: (self.isExistence, self.isNever, self.mismatchPasses) = (false, false, false)
        }
    }

    /// What the path selected and how the test went, combined over every selected value (`[*]` and `_refs[*]`).
    enum Selection: Sendable {
        /// The path selects nothing: a missing property, an index out of range, an unresolved reference.
        case absent
        /// Something was selected and no selected value passed.
        case failed
        /// Some selected value passed.
        case passed

        /// The selection of two alternatives taken together (any value may pass).
        func or(_ other: @autoclosure () -> Selection) -> Selection {
            if case .passed = self { return .passed }
            switch other() {
            case .passed: return .passed
            case .failed: return .failed
            case .absent: return self
            }
        }
    }

    /// Whether the comparison holds for the SCO `root` of `observation` (spec sections 9.6 and 9.7).
    ///
    /// - A path that selects nothing makes the comparison false whatever the operator, `NOT` included.
    /// - Otherwise it holds when some selected value passes the test (`[*]`: "if any of these evaluations are
    ///   true, then the result is true"); a value of a type the test cannot compare fails it, except under `!=`,
    ///   where it passes ("the sole exception is the != operator").
    /// - `NOT` negates that result as a whole: `x[*] NOT = 'a'` holds when no element equals `'a'`.
    /// - `EXISTS` holds when the path selects anything; `NOT EXISTS` when it selects nothing.
    func holds(for root: ObservedObject, in observation: Observation) -> Bool {
        if self.isNever { return false }
        if self.isExistence { return self.select(from: root, observation) != .absent ? !self.negated : self.negated }
        switch self.select(from: root, observation) {
        case .absent: return false
        case .failed: return self.negated
        case .passed: return !self.negated
        }
    }

    /// Takes the first step from the root's pre-split properties, then walks on.
    private func select(from root: ObservedObject, _ observation: Observation) -> Selection {
        guard case .key(let name, let reference, let encoding) = self.steps.first else {
            return self.select(.object(root.object), step: 0, encoding: nil, observation)
        }
        guard let child = root.property(name) else { return .absent }
        return self.stepInto(child, reference: reference, encoding: encoding, next: 1, observation)
    }

    /// The test's outcome for one selected value, before `NOT`.
    private func evaluate(_ value: JSONValue, encoding: BinaryEncoding?) -> Selection {
        if self.isExistence { return .passed }
        // Binary data that does not decode cannot be obtained: as if absent.
        guard let typed = PropertyValue(value, encoding: encoding) else { return .absent }
        return self.test.evaluate(typed) ?? self.mismatchPasses ? .passed : .failed
    }

    /// What the steps from `step` on select, starting at `value`, and whether any of it passes.
    private func select(_ value: JSONValue, step: Int, encoding: BinaryEncoding?, _ observation: Observation) -> Selection {
        guard step < self.steps.count else { return self.evaluate(value, encoding: encoding) }
        switch self.steps[step] {
        case .key(let name, let reference, let encoding):
            guard case .object(let object) = value, let child = object[name] else { return .absent }
            return self.stepInto(child, reference: reference, encoding: encoding, next: step + 1, observation)
        case .index(let index):
            guard case .array(let elements) = value, index >= 0, index < elements.count else { return .absent }
            return self.select(elements[index], step: step + 1, encoding: nil, observation)
        case .anyIndex:
            guard case .array(let elements) = value else { return .absent }
            var selection = Selection.absent
            for element in elements {
                selection = selection.or(self.select(element, step: step + 1, encoding: nil, observation))
                if case .passed = selection { return .passed }
            }
            return selection
        }
    }

    /// Continues from the value of a key step: dereferences `_ref`/`_refs` within the observation. A reference to an
    /// object the observation does not hold is not found (section 9.7.4); a `_refs` list keeps its positions (an
    /// unresolved one as null, whose properties are absent), so `x_refs[1]` is the second reference whether or not
    /// the first resolves.
    private func stepInto(
        _ child: JSONValue, reference: Reference?, encoding: BinaryEncoding?, next step: Int, _ observation: Observation
    ) -> Selection {
        // `EXISTS x_ref` asks whether the reference property is there, resolved or not (section 9.6.1).
        if reference != nil, step == self.steps.count, self.isExistence { return .passed }
        switch reference {
        case nil:
            return self.select(child, step: step, encoding: encoding, observation)
        case .single:
            guard case .string(let key) = child, let target = observation.objects[key] else { return .absent }
            return self.select(.object(target), step: step, encoding: nil, observation)
        case .list:
            guard case .array(let keys) = child else { return .absent }
            let targets: [JSONValue] = keys.map { key in
                guard case .string(let key) = key, let target = observation.objects[key] else { return .null }
                return .object(target)
            }
            return self.select(.array(targets), step: step, encoding: nil, observation)
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
