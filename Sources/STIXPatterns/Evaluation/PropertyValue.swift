import STIX

/// A value an object path selected, typed the way comparisons need it.
///
/// Properties whose name ends in `_hex` or `_bin` hold binary data written as hex or base64; their string
/// values are decoded to bytes (stix2-matcher does the same), so they compare with `h'…'` and `b'…'` constants.
enum PropertyValue {
    case string(String)
    case number(JSONNumber)
    case boolean(Bool)
    case bytes([UInt8])
    /// `null`, an object or a list: comparable with nothing.
    case other

    /// Types `value`, decoding it as `encoding` when the property is binary; `nil` when the binary text is invalid.
    init?(_ value: JSONValue, encoding: BinaryEncoding?) {
        switch value {
        case .string(let text):
            guard let encoding else {
                self = .string(text)
                return
            }
            guard let bytes = encoding.decode(text) else { return nil }
            self = .bytes(bytes)
        case .number(let number): self = .number(number)
        case .bool(let bool): self = .boolean(bool)
        case .null, .array, .object: self = .other
        }
    }
}
