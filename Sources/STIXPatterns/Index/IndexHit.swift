/// One indicator that an observable may match, found by ``IndicatorIndex``.
public struct IndexHit: Sendable, Hashable {
    /// The indicator's handle.
    public let handle: IndicatorHandle
    /// Whether the lookup key alone proves the match; when `false` the caller must evaluate the pattern.
    public let exact: Bool

    /// Creates a hit.
    public init(handle: IndicatorHandle, exact: Bool) {
        self.handle = handle
        self.exact = exact
    }
}
