/// One STIX object: its JSON properties (in their original order) and typed accessors.
///
/// Construction only checks that the value is an object with string `type` and `id`; use
/// `STIXValidator` for full STIX 2.1 conformance.
public struct STIXObject: Sendable, Hashable {
    /// All properties, in order.
    public let properties: JSONObject

    /// Wraps a JSON object that has string `type` and `id` properties.
    ///
    /// - Throws: `ValidationIssue` at `$` (not an object), `$.type` or `$.id`.
    public init(_ value: JSONValue) throws(ValidationIssue) {
        guard case .object(let properties) = value else {
            throw ValidationIssue(path: "$", reason: "a STIX object must be a JSON object, found \(value.typeName)")
        }
        try self.init(properties: properties)
    }

    /// Wraps JSON properties that include string `type` and `id`.
    public init(properties: JSONObject) throws(ValidationIssue) {
        guard properties["type"]?.stringValue != nil else {
            throw ValidationIssue(path: "$.type", reason: "missing required string property 'type'")
        }
        guard properties["id"]?.stringValue != nil else {
            throw ValidationIssue(path: "$.id", reason: "missing required string property 'id'")
        }
        self.properties = properties
    }

    /// Wraps properties the caller has built with string `type` and `id` (library builders only).
    init(trustedProperties properties: JSONObject) {
        self.properties = properties
    }

    /// The `type` property.
    public var type: String {
        self.properties["type"]?.stringValue ?? ""
    }

    /// The `id` property.
    public var id: String {
        self.properties["id"]?.stringValue ?? ""
    }

    /// The `spec_version` property.
    public var specVersion: String? {
        self.properties["spec_version"]?.stringValue
    }

    /// The `created` timestamp, when present and valid.
    public var created: Timestamp? {
        self.properties["created"]?.stringValue.flatMap(Timestamp.init)
    }

    /// The `modified` timestamp, when present and valid.
    public var modified: Timestamp? {
        self.properties["modified"]?.stringValue.flatMap(Timestamp.init)
    }

    /// The `created_by_ref` property.
    public var createdByRef: String? {
        self.properties["created_by_ref"]?.stringValue
    }

    /// The string elements of `object_marking_refs` (empty when absent).
    public var objectMarkingRefs: [String] {
        self.strings("object_marking_refs")
    }

    /// The string elements of `labels` (empty when absent).
    public var labels: [String] {
        self.strings("labels")
    }

    /// The `revoked` property, `false` when absent.
    public var revoked: Bool {
        self.properties["revoked"]?.boolValue ?? false
    }

    /// The `confidence` property.
    public var confidence: Int? {
        self.properties["confidence"]?.intValue
    }

    /// The `name` property.
    public var name: String? {
        self.properties["name"]?.stringValue
    }

    /// The `description` property.
    public var description: String? {
        self.properties["description"]?.stringValue
    }

    /// The object's category; types declared by a new-sdo/new-sco/new-sro extension are `.custom`.
    public var category: STIXCategory {
        STIXCategory(type: self.type)
    }

    /// The timestamp identifying this version: `modified`, else `created`, else `nil` (SCOs).
    public var versionTimestamp: Timestamp? {
        self.modified ?? self.created
    }

    /// Text for full-text search: `name`, `description`, `pattern` and `value`, newline-separated.
    public var searchText: String {
        ["name", "description", "pattern", "value"]
            .compactMap { self.properties[$0]?.stringValue }
            .joined(separator: "\n")
    }

    /// The object as compact JSON, keeping property order.
    public func json() -> [UInt8] {
        JSON.serialize(.object(self.properties))
    }

    /// The object as a JSON value.
    public var jsonValue: JSONValue {
        .object(self.properties)
    }

    /// A copy with `key` set to `value` (appended when new); `type` and `id` cannot be removed.
    public func setting(_ key: String, to value: JSONValue) -> STIXObject {
        var properties = self.properties
        properties[key] = value
        return key == "type" || key == "id"
            ? ((try? STIXObject(properties: properties)) ?? self)
            : STIXObject(trustedProperties: properties)
    }

    /// A copy without the property `key` (`type` and `id` are kept).
    public func removing(_ key: String) -> STIXObject {
        var properties = self.properties
        properties[key] = nil
        return (try? STIXObject(properties: properties)) ?? self
    }

    /// The `extensions` dictionary (empty when absent).
    public var extensions: JSONObject {
        self.properties["extensions"]?.objectValue ?? JSONObject()
    }

    /// Whether this object's `extensions` declare its type through a new-sdo/new-sco/new-sro
    /// extension-definition (`"extension_type": "new-…"`).
    public var declaresTypeByExtension: Bool {
        self.extensions.contains { key, value in
            guard key.hasPrefix("extension-definition--"),
                let kind = value["extension_type"]?.stringValue
            else { return false }
            return kind == "new-sdo" || kind == "new-sco" || kind == "new-sro"
        }
    }

    private func strings(_ key: String) -> [String] {
        guard case .array(let elements)? = self.properties[key] else { return [] }
        return elements.compactMap(\.stringValue)
    }
}
