import KizunaFormats
import STIXPatterns

/// `(kind, value)` pairs of every observable in `text`.
func extracted(_ text: String) -> [Pair] {
    var extractor = ObservableExtractor()
    return extractor.observables(in: text).map { Pair($0.kind, $0.value) }
}

/// A kind and canonical value, compared as a unit.
struct Pair: Equatable, CustomStringConvertible {
    let kind: ObservableKind
    let value: String

    init(_ kind: ObservableKind, _ value: String) {
        self.kind = kind
        self.value = value
    }

    var description: String { "\(self.kind):\(self.value)" }
}
