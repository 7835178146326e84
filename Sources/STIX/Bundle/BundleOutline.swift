/// A bundle whose syntax and envelope are checked, with the byte range of each object; each
/// object is parsed only when asked for, so a large bundle is parsed batch by batch.
public struct BundleOutline: Sendable {
    /// The bundle's `id`, when present.
    public let id: String?
    /// The whole bundle as read.
    public let bytes: [UInt8]
    /// The byte range of each element of `objects`, in order.
    public let ranges: [Range<Int>]

    /// How many objects the bundle has.
    public var count: Int { self.ranges.count }

    /// Parses element `index` of `objects`.
    /// - Throws: a ``ValidationIssue`` at `$.objects[index]` for what the outline does not check
    ///   (a duplicate key inside the object).
    public func entry(_ index: Int) throws(ValidationIssue) -> BundleEntry {
        let raw = self.bytes[self.ranges[index]]
        let path = "$.objects[\(index)]"
        let parsed = raw.withUnsafeBytes { buffer in
            Result { () throws(JSONSyntaxError) in try JSON.parse(buffer) }
        }
        switch parsed {
        case .success(let value):
            return BundleEntry(index: index, value: value, raw: raw)
        case .failure(let error):
            throw ValidationIssue(path: path, reason: "invalid JSON: \(error.message)")
        }
    }
}
