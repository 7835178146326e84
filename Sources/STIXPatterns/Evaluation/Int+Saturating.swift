extension Int {
    /// `self + other`, or `Int.max` when that overflows (for counts that may be absurdly large).
    func addingSaturated(_ other: Int) -> Int {
        let (sum, overflow) = self.addingReportingOverflow(other)
        return overflow ? .max : sum
    }

    /// `self * other`, or `Int.max` when that overflows (for non-negative counts).
    func multipliedSaturated(by other: Int) -> Int {
        let (product, overflow) = self.multipliedReportingOverflow(by: other)
        return overflow ? .max : product
    }
}
