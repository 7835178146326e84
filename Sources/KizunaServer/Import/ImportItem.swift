public import KizunaFormats
public import STIX

/// What an import did with one item: a MISP attribute, object or galaxy cluster, or an observable found in text or CSV.
public struct ImportItem: Sendable {
    /// The outcome of an item.
    public enum Status: String, Sendable {
        /// Would be created (a preview).
        case preview
        case created
        case newVersion = "new-version"
        case unchanged
        /// Not converted or not created; `reason` says why.
        case skipped
        /// Refused by validation or the TLP/audience rule; `reason` says why.
        case rejected
    }

    /// Where the item came from: `attribute <uuid>`, `line 3, column 7`, `row 2, column 1`, ….
    public let source: String
    /// The MISP type, or the observable type.
    public let type: String
    public let value: String?
    public var status: Status
    public var reason: String?
    /// The STIX objects made from it.
    public var stixIDs: [String]
    /// The warning lists its value hits.
    public var warnings: [WarningHit]

    public init(
        source: String, type: String, value: String?, status: Status, reason: String? = nil, stixIDs: [String] = [],
        warnings: [WarningHit] = []
    ) {
        self.source = source
        self.type = type
        self.value = value
        self.status = status
        self.reason = reason
        self.stixIDs = stixIDs
        self.warnings = warnings
    }

    /// The item as JSON.
    public var json: JSONValue {
        var object = JSONObject([("source", .string(self.source)), ("type", .string(self.type))])
        object["value"] = self.value.map(JSONValue.string) ?? .null
        object["status"] = .string(self.status.rawValue)
        object["reason"] = self.reason.map(JSONValue.string) ?? .null
        object["stix_ids"] = .array(self.stixIDs.map(JSONValue.string))
        object["warnings"] = .array(
            self.warnings.map { .object(JSONObject([("list", .string($0.list)), ("type", .string($0.type)), ("entry", .string($0.entry))])) })
        return .object(object)
    }
}

/// Every item of an import, in input order.
public struct ImportReport: Sendable {
    public var items: [ImportItem]

    public init(items: [ImportItem]) {
        self.items = items
    }

    /// How many items ended in each status.
    public var counts: [ImportItem.Status: Int] {
        self.items.reduce(into: [:]) { $0[$1.status, default: 0] += 1 }
    }

    /// The statuses in the order summaries list them.
    static let order: [ImportItem.Status] = [.preview, .created, .newVersion, .unchanged, .skipped, .rejected]

    /// `{"summary": {status: count}, "items": [...]}`.
    public var json: JSONValue {
        let counts = self.counts
        let summary = JSONObject(Self.order.compactMap { status in counts[status].map { (status.rawValue, .number(JSONNumber($0))) } })
        return .object(JSONObject([("summary", .object(summary)), ("items", .array(self.items.map(\.json)))]))
    }

    /// One line: `3 created, 1 skipped`.
    public var line: String {
        let counts = self.counts
        let parts = Self.order.compactMap { status in counts[status].map { "\($0) \(status == .preview ? "to create" : status.rawValue)" } }
        return parts.isEmpty ? "nothing found" : parts.joined(separator: ", ")
    }
}
