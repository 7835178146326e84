/// The test a comparison applies to each value its object path selects, with its constant prepared once.
enum ValueTest: Sendable {
    case equal(Constant)
    case notEqual(Constant)
    case order(Constant, OrderOperator)
    case member([Constant])
    case like(LikePattern)
    case regex(RegexTest)
    case subset(IPNetwork)
    case superset(IPNetwork)
    case exists
    /// A comparison that can hold for no value: an invalid regex or network, or a constant of the wrong kind.
    case never

    /// `<`, `<=`, `>`, `>=`.
    enum OrderOperator: Sendable {
        case less, lessOrEqual, greater, greaterOrEqual

        func holds(_ order: Int) -> Bool {
            switch self {
            case .less: order < 0
            case .lessOrEqual: order <= 0
            case .greater: order > 0
            case .greaterOrEqual: order >= 0
            }
        }
    }

    /// Prepares the test of `comparison`'s operator and constant.
    init(_ comparison: Comparison) {
        let value = comparison.value
        switch comparison.operator {
        case .exists:
            self = .exists
        case .equal, .notEqual:
            guard let value, let constant = Constant(value) else {
                self = .never
                return
            }
            self = comparison.operator == .equal ? .equal(constant) : .notEqual(constant)
        case .less, .lessOrEqual, .greater, .greaterOrEqual:
            guard let value, let constant = Constant(value) else {
                self = .never
                return
            }
            self = .order(constant, Self.orderOperator(comparison.operator))
        case .in:
            let elements: [PatternValue]
            switch value {
            case .list(let list): elements = list
            case let single?: elements = [single]
            case nil: elements = []
            }
            self = .member(elements.compactMap(Constant.init))
        case .like:
            guard case .string(let text) = value else {
                self = .never
                return
            }
            self = .like(LikePattern(text))
        case .matches:
            guard case .string(let text) = value, let regex = RegexTest(text) else {
                self = .never
                return
            }
            self = .regex(regex)
        case .isSubset, .isSuperset:
            guard case .string(let text) = value, let network = IPNetwork(text) else {
                self = .never
                return
            }
            self = comparison.operator == .isSubset ? .subset(network) : .superset(network)
        }
    }

    private static func orderOperator(_ comparisonOperator: ComparisonOperator) -> OrderOperator {
        switch comparisonOperator {
        case .less: .less
        case .lessOrEqual: .lessOrEqual
        case .greater: .greater
        default: .greaterOrEqual
        }
    }

    /// The outcome for one selected value before `NOT`, or `nil` when the value's type does not fit the test.
    func evaluate(_ value: PropertyValue) -> Bool? {
        switch self {
        case .equal(let constant):
            return ValueComparison.equals(value, constant)
        case .notEqual(let constant):
            return ValueComparison.equals(value, constant).map { !$0 }
        case .order(let constant, let order):
            return ValueComparison.compare(value, constant).map(order.holds)
        case .member(let constants):
            var comparable = false
            for constant in constants {
                guard let equal = ValueComparison.equals(value, constant) else { continue }
                if equal { return true }
                comparable = true
            }
            return comparable ? false : nil
        case .like(let pattern):
            guard let text = Self.text(of: value) else { return nil }
            return pattern.matches(text)
        case .regex(let regex):
            switch value {
            case .string(let text): return regex.matches(text)
            case .bytes(let bytes): return regex.matches(bytes: bytes)
            default: return nil
            }
        case .subset(let network):
            guard case .string(let text) = value, let address = IPNetwork(text) else { return nil }
            return network.contains(address)
        case .superset(let network):
            guard case .string(let text) = value, let address = IPNetwork(text) else { return nil }
            return address.contains(network)
        case .exists:
            return true
        case .never:
            return nil
        }
    }

    /// The text `LIKE` matches: a string, or binary data that is valid UTF-8 (as stix2-matcher decodes it).
    private static func text(of value: PropertyValue) -> String? {
        switch value {
        case .string(let text): text
        case .bytes(let bytes): String(validating: bytes, as: UTF8.self)
        default: nil
        }
    }
}
