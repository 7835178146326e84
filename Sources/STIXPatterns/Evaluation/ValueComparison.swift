import STIX

/// The STIX type rules for comparing a property value with a constant.
///
/// Strings compare by code point (never by Unicode canonical equivalence), numbers by value (integers and
/// floats mix), booleans only with booleans, bytes with bytes or with a string whose code points are all
/// below U+0100, and a timestamp constant with a string value that is an RFC 3339 timestamp. Anything else
/// is a type mismatch, reported as `nil`; the caller makes the comparison false whatever the operator.
enum ValueComparison {
    /// Whether `value` equals `constant`, or `nil` when their types cannot be compared.
    ///
    /// A string constant that is an IP address or CIDR network equals a string value denoting the same
    /// network (`'203.0.113.33/32'` equals `203.0.113.33`, as STIX 2.1 describes for address values);
    /// stix2-matcher compares such strings only as text.
    static func equals(_ value: PropertyValue, _ constant: Constant) -> Bool? {
        switch value {
        case .string(let text):
            switch constant {
            case .string(let expected, _, let network):
                if Self.sameCodePoints(text, expected) { return true }
                guard let network, let other = IPNetwork(text) else { return false }
                return network.sameNetwork(as: other)
            case .bytes(let expected):
                guard let bytes = TextNormalization.latin1Bytes(text) else { return nil }
                return bytes == expected
            case .timestamp(let expected):
                guard let timestamp = Timestamp(text) else { return nil }
                return timestamp == expected
            default:
                return nil
            }
        case .bytes, .number:
            return Self.compare(value, constant).map { $0 == 0 }
        case .boolean(let bool):
            guard case .boolean(let expected) = constant else { return nil }
            return bool == expected
        case .other:
            return nil
        }
    }

    /// Whether two strings have the same code points (Swift's `==` would also equate canonical equivalents).
    private static func sameCodePoints(_ left: String, _ right: String) -> Bool {
        left.utf8.count == right.utf8.count && left.utf8.elementsEqual(right.utf8)
    }

    /// The order of `value` relative to `constant` (negative, zero, positive), or `nil` when not orderable.
    static func compare(_ value: PropertyValue, _ constant: Constant) -> Int? {
        switch value {
        case .string(let text):
            switch constant {
            case .string(let expected, _, _):
                return Self.order(text.utf8, expected.utf8)
            case .bytes(let expected):
                guard let bytes = TextNormalization.latin1Bytes(text) else { return nil }
                return Self.order(bytes, expected)
            case .timestamp(let expected):
                guard let timestamp = Timestamp(text) else { return nil }
                return timestamp < expected ? -1 : (timestamp == expected ? 0 : 1)
            default:
                return nil
            }
        case .bytes(let bytes):
            switch constant {
            case .string(_, let latin1, _):
                guard let latin1 else { return nil }
                return Self.order(bytes, latin1)
            case .bytes(let expected):
                return Self.order(bytes, expected)
            default:
                return nil
            }
        case .number(let number):
            switch constant {
            case .integer(let expected):
                if let integer = Int64(number.text) {
                    return integer < expected ? -1 : (integer == expected ? 0 : 1)
                }
                // "The full value must be compared and must not be truncated" (spec 9.2): no rounding to Double.
                return Self.order(expected, number.doubleValue).map { -$0 }
            case .float(let expected):
                if let integer = Int64(number.text) { return Self.order(integer, expected) }
                return Self.order(number.doubleValue, expected)
            default:
                return nil
            }
        case .boolean, .other:
            return nil
        }
    }

    /// The exact order of an integer relative to a double (neither is rounded), or `nil` for NaN.
    static func order(_ integer: Int64, _ double: Double) -> Int? {
        if double.isNaN { return nil }
        if double >= 9_223_372_036_854_775_808.0 { return -1 }
        if double < -9_223_372_036_854_775_808.0 { return 1 }
        let truncated = double.rounded(.towardZero)
        let whole = Int64(truncated)
        if integer != whole { return integer < whole ? -1 : 1 }
        let fraction = double - truncated
        return fraction > 0 ? -1 : (fraction < 0 ? 1 : 0)
    }

    private static func order(_ left: Double, _ right: Double) -> Int? {
        if left < right { return -1 }
        if left > right { return 1 }
        return left == right ? 0 : nil
    }

    /// Lexicographic order of two byte sequences (UTF-8 byte order is code point order).
    private static func order(_ left: some Sequence<UInt8>, _ right: some Sequence<UInt8>) -> Int {
        var leftIterator = left.makeIterator()
        var rightIterator = right.makeIterator()
        while true {
            switch (leftIterator.next(), rightIterator.next()) {
            case (nil, nil): return 0
            case (nil, _): return -1
            case (_, nil): return 1
            case (let a?, let b?):
                if a != b { return a < b ? -1 : 1 }
            }
        }
    }
}
