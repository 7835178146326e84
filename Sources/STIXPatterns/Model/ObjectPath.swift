/// A path to a property of a cyber observable (`file:extensions.'windows-pebinary-ext'.sections[*].entropy`).
public struct ObjectPath: Sendable, Hashable, CustomStringConvertible {
    /// The object type before the colon (`file`, `ipv4-addr`).
    public let objectType: String
    /// The steps after the colon; the first is always a ``PathStep/property(_:)``.
    public let steps: [PathStep]

    /// Creates a path from an object type and its steps.
    public init(objectType: String, steps: [PathStep]) {
        self.objectType = objectType
        self.steps = steps
    }

    /// The path as written in a pattern, quoting keys that are not plain identifiers.
    public var description: String {
        var text = self.objectType + ":"
        for (position, step) in self.steps.enumerated() {
            switch step {
            case .property(let name):
                if position > 0 { text += "." }
                text += PatternLiteralFormat.key(name)
            case .index(let index):
                text += "[\(index)]"
            case .anyIndex:
                text += "[*]"
            }
        }
        return text
    }
}
