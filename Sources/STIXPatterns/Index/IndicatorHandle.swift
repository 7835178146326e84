/// Handle the caller assigns to an indicator (an index into its own table).
///
/// ``IndicatorIndex`` keeps per-handle state in arrays indexed by the handle, so handles should be dense
/// (0, 1, 2, …) rather than arbitrary 32-bit values.
public typealias IndicatorHandle = UInt32
