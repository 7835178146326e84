/// A successful match: the observations one binding of the pattern used.
public struct PatternMatch: Sendable, Hashable {
    /// The ids of the bound observed-data objects, in the order of the input, each once.
    public let observationIDs: [String]

    /// Creates a match from the bound observation ids.
    public init(observationIDs: [String]) {
        self.observationIDs = observationIDs
    }
}
