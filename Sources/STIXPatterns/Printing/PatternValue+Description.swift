import STIX

extension PatternValue: CustomStringConvertible {
    /// The constant as written in a pattern (`'a'`, `42`, `7.0`, `h'ff'`, `t'…'`, `('a', 'b')`).
    public var description: String {
        switch self {
        case .string(let text): PatternLiteralFormat.string(text)
        case .integer(let number): String(number)
        case .float(let number): PatternLiteralFormat.float(number)
        case .boolean(let flag): flag ? "true" : "false"
        case .binary(let bytes): "b'\(Base64.encode(bytes))'"
        case .hex(let bytes): "h'\(PatternLiteralFormat.hex(bytes))'"
        case .timestamp(let timestamp): "t'\(timestamp.text)'"
        case .list(let elements): "(" + elements.map(\.description).joined(separator: ", ") + ")"
        }
    }
}
