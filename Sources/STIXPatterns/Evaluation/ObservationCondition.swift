/// The comparison expression of one `[…]`, compiled to decide whether an observation satisfies it.
///
/// Comparisons are evaluated against a root SCO of the observation: the expression holds when one SCO makes
/// it true, with every comparison reading that same SCO (a comparison whose path starts from another type is
/// false for it). So `AND` binds its operands to one SCO and `OR` may be satisfied by different SCOs; this
/// is stix2-matcher's semantics (it intersects the sets of root SCOs of `AND` operands and unites those of
/// `OR` operands), and `AND` of two different object types never matches.
struct ObservationCondition: Sendable {
    indirect enum Node: Sendable {
        case comparison(CompiledComparison)
        case and([Node])
        case or([Node])
    }

    let root: Node
    /// The object types some comparison starts from: only SCOs of these types can satisfy the expression.
    let objectTypes: [String]

    init(_ expression: ComparisonExpression) {
        var types: [String] = []
        self.root = Self.compile(expression, types: &types)
        self.objectTypes = types
    }

    private static func compile(_ expression: ComparisonExpression, types: inout [String]) -> Node {
        switch expression {
        case .comparison(let comparison):
            let compiled = CompiledComparison(comparison)
            if !types.contains(compiled.objectType) { types.append(compiled.objectType) }
            return .comparison(compiled)
        case .and(let operands):
            return .and(operands.map { Self.compile($0, types: &types) })
        case .or(let operands):
            return .or(operands.map { Self.compile($0, types: &types) })
        }
    }

    /// Whether some SCO of `observation` satisfies the expression.
    func isSatisfied(by observation: Observation) -> Bool {
        for object in observation.observedObjects {
            guard self.objectTypes.contains(object.type) else { continue }
            if Self.holds(self.root, for: object, in: observation) { return true }
        }
        return false
    }

    private static func holds(_ node: Node, for object: ObservedObject, in observation: Observation) -> Bool {
        switch node {
        case .comparison(let comparison):
            return comparison.objectType == object.type && comparison.holds(for: object, in: observation)
        case .and(let operands):
            return operands.allSatisfy { Self.holds($0, for: object, in: observation) }
        case .or(let operands):
            return operands.contains { Self.holds($0, for: object, in: observation) }
        }
    }
}
