/// What happened to one MISP attribute, object or galaxy cluster during conversion.
public struct MISPItemOutcome: Sendable, Hashable {
    /// The kind of MISP item.
    public enum Kind: String, Sendable, Hashable {
        /// A top-level attribute of the event.
        case attribute
        /// A MISP object (template instance) with its own attributes.
        case object
        /// A galaxy cluster attached to the event or to an attribute.
        case galaxyCluster = "galaxy-cluster"
    }

    /// The kind of item.
    public let kind: Kind
    /// The item's MISP `uuid`, when it has one.
    public let uuid: String?
    /// The attribute type, object template name or galaxy type.
    public let type: String
    /// The attribute value or cluster value; `nil` for objects.
    public let value: String?
    /// The ids of the STIX objects made from this item (empty when skipped).
    public let stixIDs: [String]
    /// Why the item was not converted, or `nil` when it was.
    public let skipped: String?

    /// Creates an outcome.
    public init(kind: Kind, uuid: String?, type: String, value: String?, stixIDs: [String], skipped: String?) {
        self.kind = kind
        self.uuid = uuid
        self.type = type
        self.value = value
        self.stixIDs = stixIDs
        self.skipped = skipped
    }

    /// Whether the item produced STIX objects.
    public var isConverted: Bool {
        self.skipped == nil
    }
}
