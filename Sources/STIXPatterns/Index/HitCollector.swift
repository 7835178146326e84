/// What one lookup call needs to filter and de-duplicate hits.
struct HitCollector {
    /// Where this call's hits start in the output array.
    let start: Int
    /// The lookup time in nanoseconds, or nil for no window filtering.
    let now: Int64?
}
