import STIX

/// Conversion of timestamps to the saturating nanosecond counts the index stores per handle.
enum ValidityWindow {
    /// Nanoseconds since the epoch, clamped to the `Int64` range (years before 1678 or after 2262 saturate, so a
    /// `valid_until` after 2262 counts as open).
    static func nanoseconds(_ time: Timestamp) -> Int64 {
        let (scaled, overflow) = time.secondsSinceEpoch.multipliedReportingOverflow(by: 1_000_000_000)
        if overflow { return time.secondsSinceEpoch < 0 ? Int64.min : Int64.max }
        let (sum, carry) = scaled.addingReportingOverflow(Int64(time.nanoseconds))
        return carry ? Int64.max : sum
    }

    /// The stored start of a window: `Int64.min` when there is none.
    static func start(_ time: Timestamp?) -> Int64 {
        time.map(Self.nanoseconds) ?? Int64.min
    }

    /// The stored end of a window: `Int64.max` when there is none.
    static func end(_ time: Timestamp?) -> Int64 {
        time.map(Self.nanoseconds) ?? Int64.max
    }
}
