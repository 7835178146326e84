import STIX

/// A pattern compiled for evaluation: the observation expression tree over compiled comparison expressions.
///
/// `START … STOP` qualifiers are pushed down to the bracketed expressions below them: an observation may bind
/// such an expression only when it lies in every enclosing window (the qualifier restricts each observation
/// separately, so this is the same as filtering the bindings afterwards).
struct EvaluationPlan: Sendable {
    indirect enum Node: Sendable {
        /// A bracketed comparison expression: index into ``leaves``.
        case leaf(Int)
        case and([Node])
        case or([Node])
        case followedBy([Node])
        /// All bound observations lie within this many nanoseconds.
        case within(Node, nanoseconds: Int64)
        case repeats(Node, times: Int)
    }

    /// A bracketed comparison expression and the `START … STOP` windows its observations must lie in.
    struct Leaf: Sendable {
        let condition: ObservationCondition
        let windows: [TimeWindow]

        /// Whether `observation` may bind this expression.
        func admits(_ observation: Observation) -> Bool {
            self.windows.allSatisfy { $0.admits(observation) } && self.condition.isSatisfied(by: observation)
        }
    }

    let root: Node
    let leaves: [Leaf]
    /// The most observations one binding holds (saturating): how deep the binding search may recurse.
    let maximumBindingSize: Int

    init(_ pattern: Pattern) {
        var leaves: [Leaf] = []
        self.root = Self.compile(pattern.root, windows: [], leaves: &leaves)
        self.leaves = leaves
        self.maximumBindingSize = Self.bindingSize(self.root)
    }

    private static func bindingSize(_ node: Node) -> Int {
        switch node {
        case .leaf: 1
        case .and(let operands), .followedBy(let operands): operands.reduce(0) { $0.addingSaturated(Self.bindingSize($1)) }
        case .or(let operands): operands.map(Self.bindingSize).max() ?? 0
        case .within(let inner, _): Self.bindingSize(inner)
        case .repeats(let inner, let times): Self.bindingSize(inner).multipliedSaturated(by: times)
        }
    }

    private static func compile(_ expression: ObservationExpression, windows: [TimeWindow], leaves: inout [Leaf]) -> Node {
        switch expression {
        case .observation(let comparisons):
            leaves.append(Leaf(condition: ObservationCondition(comparisons), windows: windows))
            return .leaf(leaves.count - 1)
        case .and(let operands):
            return .and(operands.map { Self.compile($0, windows: windows, leaves: &leaves) })
        case .or(let operands):
            return .or(operands.map { Self.compile($0, windows: windows, leaves: &leaves) })
        case .followedBy(let operands):
            return .followedBy(operands.map { Self.compile($0, windows: windows, leaves: &leaves) })
        case .qualified(let inner, .within(let seconds)):
            return .within(Self.compile(inner, windows: windows, leaves: &leaves), nanoseconds: Self.nanoseconds(seconds))
        case .qualified(let inner, .repeats(let times)):
            return .repeats(Self.compile(inner, windows: windows, leaves: &leaves), times: times)
        case .qualified(let inner, .startStop(let start, let stop)):
            return Self.compile(inner, windows: windows + [TimeWindow(start: start, stop: stop)], leaves: &leaves)
        }
    }

    /// `seconds` in nanoseconds, saturating at `Int64.max`.
    private static func nanoseconds(_ seconds: Double) -> Int64 {
        // Rounded up: an integer gap in nanoseconds is below the window exactly when it is below its ceiling, so a
        // window under one nanosecond still admits simultaneous observations.
        let value = (seconds * 1e9).rounded(.up)
        guard value < 9.2e18 else { return .max }
        return max(0, Int64(value))
    }
}

/// A `START t1 STOP t2` window.
///
/// An observation lies in it when some instant of its `[first_observed, last_observed]` interval is at or after
/// `start` and before `stop` (the spec makes `STOP` exclusive); this is stix2-matcher's reading of the qualifier.
struct TimeWindow: Sendable {
    let start: Timestamp
    let stop: Timestamp

    func admits(_ observation: Observation) -> Bool {
        self.start < self.stop && observation.firstObserved < self.stop && observation.lastObserved >= self.start
    }
}
