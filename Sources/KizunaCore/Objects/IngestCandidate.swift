public import STIX

/// A validated object ready for the store, with what the store needs to index it.
public struct IngestCandidate: Sendable {
    /// Position in the submitted bundle, carried into the outcome.
    public let index: Int
    public let id: String
    public let type: String
    /// The version timestamp (`modified`, else `created`), nil for objects without one.
    public let version: Timestamp?
    public let tlp: TLP
    public let createdByRef: String?
    public let labels: [String]
    public let revoked: Bool
    /// Name, description, pattern and value, for text search.
    public let searchText: String
    public let json: [UInt8]

    public init(
        index: Int, id: String, type: String, version: Timestamp?, tlp: TLP, createdByRef: String?, labels: [String],
        revoked: Bool, searchText: String, json: [UInt8]
    ) {
        self.index = index
        self.id = id
        self.type = type
        self.version = version
        self.tlp = tlp
        self.createdByRef = createdByRef
        self.labels = labels
        self.revoked = revoked
        self.searchText = searchText
        self.json = json
    }
}

extension IngestCandidate {
    /// A candidate for `object` with the envelope's TLP; `json` defaults to the object serialised.
    public init(_ object: STIXObject, index: Int, tlp: TLP, json: [UInt8]? = nil) {
        self.init(
            index: index, id: object.id, type: object.type, version: object.versionTimestamp, tlp: tlp,
            createdByRef: object.createdByRef, labels: object.labels, revoked: object.revoked,
            searchText: object.searchText, json: json ?? object.json())
    }
}

/// What happened to one submitted object.
public enum IngestStatus: String, Sendable, Hashable, Codable {
    case created
    case newVersion = "new-version"
    case unchanged
    case rejected
}

/// The per-object result of an ingest.
public struct IngestOutcome: Sendable, Hashable {
    public let index: Int
    public let id: String?
    /// The object's version (`modified`, else `created`), when it has one.
    public let version: String?
    public let status: IngestStatus
    /// Why the object was rejected, each with the JSON path it concerns.
    public let issues: [ValidationIssue]

    public init(index: Int, id: String?, version: String? = nil, status: IngestStatus, issues: [ValidationIssue] = []) {
        self.index = index
        self.id = id
        self.version = version
        self.status = status
        self.issues = issues
    }
}
