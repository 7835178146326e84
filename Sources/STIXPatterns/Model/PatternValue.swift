public import STIX

/// A constant in a comparison.
public enum PatternValue: Sendable, Hashable {
    /// `'text'` (escapes `\'` and `\\` already resolved).
    case string(String)
    /// An integer such as `42`, `-7` or `+3`.
    case integer(Int64)
    /// A float such as `7.0`, `-.5`.
    case float(Double)
    /// `true` or `false`.
    case boolean(Bool)
    /// `b'…'`: base64-encoded bytes.
    case binary([UInt8])
    /// `h'…'`: hex-encoded bytes.
    case hex([UInt8])
    /// `t'…'`: an RFC 3339 UTC timestamp.
    case timestamp(Timestamp)
    /// `(a, b, …)`: the constants of an `IN` comparison.
    case list([PatternValue])
}
