/// Why a pattern could not be parsed, and where.
public struct PatternSyntaxError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The offset of the problem in the pattern text, counted in UTF-8 bytes from 0.
    public let offset: Int
    /// What was wrong, naming what was expected (ends with `at offset N`).
    public let message: String

    /// Creates an error with a complete message.
    public init(offset: Int, message: String) {
        self.offset = offset
        self.message = message
    }

    /// Creates an error whose message is `problem` followed by ` at offset N`.
    init(at offset: Int, _ problem: String) {
        self.init(offset: offset, message: "\(problem) at offset \(offset)")
    }

    /// The message.
    public var description: String {
        self.message
    }
}
