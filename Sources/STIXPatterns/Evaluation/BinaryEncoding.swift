/// How a binary property writes its bytes: `_hex` properties as hex, `_bin` properties as base64.
enum BinaryEncoding: Sendable {
    case hex
    case base64

    /// The encoding a property name's suffix announces, if any.
    init?(propertyName: String) {
        if propertyName.hasSuffix("_hex") {
            self = .hex
        } else if propertyName.hasSuffix("_bin") {
            self = .base64
        } else {
            return nil
        }
    }

    /// The bytes `text` encodes, or `nil` when it is not valid in this encoding; the same decoders
    /// read `h'…'` and `b'…'` constants, so data and patterns agree on what bytes a text means. An
    /// empty value is no bytes (a constant may not be empty, a property may).
    func decode(_ text: String) -> [UInt8]? {
        if text.isEmpty { return [] }
        return switch self {
        case .hex: Lexer.decodeHex(text)
        case .base64: Base64.decode(text)
        }
    }
}
