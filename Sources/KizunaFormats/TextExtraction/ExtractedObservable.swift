public import STIXPatterns

/// One observable found in text: its kind, canonical value and where it starts.
public struct ExtractedObservable: Sendable, Hashable {
    /// What kind of observable it is.
    public let kind: ObservableKind
    /// Its canonical form (see `ObservableNormalizer`).
    public let value: String
    /// The 1-based line number.
    public let line: Int
    /// The 1-based byte column in the line (in the text as given, before refanging).
    public let column: Int

    /// An observable of `kind` with canonical `value` at `line` and `column`.
    public init(kind: ObservableKind, value: String, line: Int, column: Int) {
        self.kind = kind
        self.value = value
        self.line = line
        self.column = column
    }
}
