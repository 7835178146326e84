/// A STIX bundle whose objects keep the exact bytes they were read from.
public struct STIXBundle: Sendable {
    /// The bundle's `id`, when present.
    public let id: String?
    /// The elements of `objects`, in order.
    public let entries: [BundleEntry]

    /// Creates a bundle from parsed entries.
    public init(id: String?, entries: [BundleEntry]) {
        self.id = id
        self.entries = entries
    }
}

/// One element of a bundle's `objects` array: its position, parsed value and original bytes.
public struct BundleEntry: Sendable {
    /// The position in `objects`, from 0.
    public let index: Int
    /// The parsed element.
    public let value: JSONValue
    /// The exact bytes of this element in the input, for storing and serving without re-encoding.
    public let raw: ArraySlice<UInt8>

    /// Creates an entry.
    public init(index: Int, value: JSONValue, raw: ArraySlice<UInt8>) {
        self.index = index
        self.value = value
        self.raw = raw
    }

    /// The JSON path of this element, `$.objects[index]`.
    public var path: String {
        "$.objects[\(self.index)]"
    }
}
