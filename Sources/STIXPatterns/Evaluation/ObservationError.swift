/// Why observed data cannot be matched: names the object and property at fault.
public struct ObservationError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The id of the offending object, or its position (`objects[3]`) when it has no id.
    public let object: String
    /// The property that is missing or wrong, when there is one.
    public let property: String?
    /// What is wrong with it.
    public let reason: String

    /// Creates an error about `property` of `object`.
    public init(object: String, property: String?, reason: String) {
        self.object = object
        self.property = property
        self.reason = reason
    }

    /// `observed-data--…: number_observed: must be an integer of at least 1`.
    public var description: String {
        if let property { return "\(self.object): \(property): \(self.reason)" }
        return "\(self.object): \(self.reason)"
    }
}
