/// A JSON document that could not be parsed, with the position of the problem.
public struct JSONSyntaxError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The byte offset of the problem from the start of the input.
    public let offset: Int
    /// The 1-based line of the problem.
    public let line: Int
    /// The 1-based column of the problem, counted in bytes.
    public let column: Int
    /// What was wrong, e.g. `"expected ',' or '}' after object member"`.
    public let message: String

    /// Creates an error at a known position.
    public init(offset: Int, line: Int, column: Int, message: String) {
        self.offset = offset
        self.line = line
        self.column = column
        self.message = message
    }

    /// `"line 3, column 17: expected ',' or '}' after object member"`.
    public var description: String {
        "line \(self.line), column \(self.column): \(self.message)"
    }
}
