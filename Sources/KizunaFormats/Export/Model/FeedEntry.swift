/// One observable value a feed lists: its kind and its canonical text.
public struct FeedEntry: Sendable, Hashable {
    /// What the value is.
    public let kind: FeedKind
    /// The canonical text (see ``FeedEntries/exact(in:)`` for the forms).
    public let value: String

    /// Creates an entry; `value` must already be canonical for `kind`.
    public init(kind: FeedKind, value: String) {
        self.kind = kind
        self.value = value
    }
}
