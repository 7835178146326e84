import STIX

/// One warning list as loaded: what its entries are and which observable kinds it applies to.
struct WarningList: Sendable {
    /// The list's name.
    let name: String
    /// How its entries match.
    let type: WarningListType
    /// The entries as written.
    let entries: [String]
    /// The kinds of value it is checked against (from `matching_attributes`).
    let kinds: ObservableKindSet
    /// The file it came from; nil when built in.
    let file: String?

    /// The summary shown to callers.
    var summary: WarningListSummary {
        WarningListSummary(name: self.name, type: self.type, entryCount: self.entries.count, file: self.file)
    }
}

extension WarningList {
    /// Reads a MISP warning list (schema: required `name`, `type`, `list`, `description`, `version`; optional
    /// `matching_attributes`) from the JSON of `file`.
    ///
    /// - Throws: `WarningListError.invalidList` naming the property that is missing or wrong.
    init(json: JSONValue, file: String) throws(WarningListError) {
        guard case .object(let object) = json else {
            throw .invalidList(file: file, reason: "the top level is not a JSON object")
        }
        func fail(_ reason: String) -> WarningListError { .invalidList(file: file, reason: reason) }
        guard let name = object["name"]?.stringValue, !name.isEmpty else { throw fail("'name' is missing or not a non-empty string") }
        guard let typeName = object["type"]?.stringValue else { throw fail("'type' is missing or not a string") }
        guard let type = WarningListType(rawValue: typeName) else {
            throw fail("'type' is '\(typeName)', not one of cidr, hostname, string, substring, regex")
        }
        guard object["description"]?.stringValue != nil else { throw fail("'description' is missing or not a string") }
        guard case .number(let version) = object["version"], version.intValue != nil else {
            throw fail("'version' is missing or not an integer")
        }
        guard let items = object["list"]?.arrayValue else { throw fail("'list' is missing or not an array") }
        var entries: [String] = []
        entries.reserveCapacity(items.count)
        for (position, item) in items.enumerated() {
            guard let entry = item.stringValue else { throw fail("'list[\(position)]' is not a string") }
            entries.append(entry)
        }
        var attributes: [String]?
        if let value = object["matching_attributes"] {
            guard let array = value.arrayValue else { throw fail("'matching_attributes' is not an array") }
            attributes = try array.enumerated().map { (position, item) throws(WarningListError) in
                guard let attribute = item.stringValue else { throw fail("'matching_attributes[\(position)]' is not a string") }
                return attribute
            }
        }
        self.init(
            name: name, type: type, entries: entries,
            kinds: MISPAttributeTypes.kinds(matchingAttributes: attributes, type: type), file: file)
    }
}
