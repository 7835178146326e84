/// The kind of a ``Qualifier``, for the rule that a kind applies at most once to one observation expression.
enum QualifierKind: Hashable {
    case within, repeats, startStop

    init(_ qualifier: Qualifier) {
        switch qualifier {
        case .within: self = .within
        case .repeats: self = .repeats
        case .startStop: self = .startStop
        }
    }
}
