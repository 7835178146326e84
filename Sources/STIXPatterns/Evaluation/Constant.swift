import STIX

/// A pattern constant prepared for comparison with property values.
///
/// `hex` and `binary` constants are both bytes; a string constant keeps its Latin-1 bytes (for comparison with
/// binary properties) and, when it is an IP address or CIDR network, that network.
enum Constant: Sendable {
    case string(String, latin1: [UInt8]?, network: IPNetwork?)
    case integer(Int64)
    case float(Double)
    case boolean(Bool)
    case bytes([UInt8])
    case timestamp(Timestamp)

    /// Prepares `value`; `nil` for a list (lists only appear as the operand of `IN`).
    init?(_ value: PatternValue) {
        switch value {
        case .string(let text):
            self = .string(text, latin1: TextNormalization.latin1Bytes(text), network: IPNetwork(text))
        case .integer(let integer): self = .integer(integer)
        case .float(let double): self = .float(double)
        case .boolean(let bool): self = .boolean(bool)
        case .binary(let bytes), .hex(let bytes): self = .bytes(bytes)
        case .timestamp(let timestamp): self = .timestamp(timestamp)
        case .list: return nil
        }
    }
}
