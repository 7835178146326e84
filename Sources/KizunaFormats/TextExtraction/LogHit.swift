/// An observable in a log that the lookup matched: where it is, what it is, and what the lookup returned for it.
public struct LogHit: Sendable, Hashable {
    /// The observable.
    public let observable: ExtractedObservable
    /// What the lookup returned for it (for example indicator numbers); never empty.
    public let matches: [UInt32]

    /// A hit of `observable` with `matches`.
    public init(observable: ExtractedObservable, matches: [UInt32]) {
        self.observable = observable
        self.matches = matches
    }
}
