/// A JSON number that keeps its literal text, so serialising it writes exactly what was read.
///
/// Two numbers are equal when they denote the same value (`1.0 == 1`, `1e2 == 100`); integers are
/// compared exactly, everything else as `Double`.
public struct JSONNumber: Sendable, Hashable, CustomStringConvertible {
    /// The number's JSON text, e.g. `"-12.50e3"`.
    public let text: String

    /// Wraps text the parser has already checked against the JSON number grammar.
    init(uncheckedText text: String) {
        self.text = text
    }

    /// Creates the number `int`.
    public init(_ int: Int) {
        self.text = String(int)
    }

    /// Creates the number `double`, written in Swift's shortest round-tripping form.
    ///
    /// JSON has no infinities or NaN: NaN is written as `0` and infinities as the largest finite
    /// `Double` of the same sign.
    public init(_ double: Double) {
        if double.isNaN {
            self.text = "0"
        } else if double.isInfinite {
            self.text = double < 0 ? "-1.7976931348623157e+308" : "1.7976931348623157e+308"
        } else {
            self.text = "\(double)"
        }
    }

    /// Creates a number from JSON text, or `nil` when `text` is not a JSON number.
    public init?(text: String) {
        guard let parsed = try? JSON.parse(text), case .number(let number) = parsed else { return nil }
        self = number
    }

    /// The value as an `Int`, when it is integral and fits (`"3"`, `"3.0"` and `"3e0"` all give 3).
    public var intValue: Int? {
        if let int = Int(self.text) { return int }
        guard let double = Double(self.text), double.rounded() == double,
            double >= -9.223_372_036_854_775_808e18, double < 9.223_372_036_854_775_808e18
        else { return nil }
        return Int(double)
    }

    /// The value as a `Double` (the nearest one for long literals).
    public var doubleValue: Double {
        Double(self.text) ?? 0
    }

    /// Whether the literal is written as an integer (no fraction, no exponent).
    public var isIntegerLiteral: Bool {
        !self.text.utf8.contains { $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: "e") || $0 == UInt8(ascii: "E") }
    }

    /// The literal text.
    public var description: String {
        self.text
    }

    public static func == (lhs: JSONNumber, rhs: JSONNumber) -> Bool {
        if lhs.text == rhs.text { return true }
        if let left = Int(lhs.text), let right = Int(rhs.text) { return left == right }
        return lhs.doubleValue == rhs.doubleValue
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(self.doubleValue)
    }
}
