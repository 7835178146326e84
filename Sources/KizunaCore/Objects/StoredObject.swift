public import Foundation
public import STIX

/// One stored version of a STIX object with the platform's envelope around it.
public struct StoredObject: Sendable, Hashable {
    /// The strictly increasing sequence number of this stored version.
    public let sequence: Int64
    public let id: String
    public let type: String
    /// `modified` (or `created`) of this version; nil for objects without timestamps such as SCOs.
    public let modified: String?
    public let owner: Organisation.ID
    public let tlp: TLP
    public let audience: Audience
    public let dateAdded: Date
    /// Whether this is the newest version its owner has of this id.
    public let isLatest: Bool
    /// The object's JSON exactly as stored.
    public let json: [UInt8]

    public init(
        sequence: Int64, id: String, type: String, modified: String?, owner: Organisation.ID, tlp: TLP,
        audience: Audience, dateAdded: Date, isLatest: Bool, json: [UInt8]
    ) {
        self.sequence = sequence
        self.id = id
        self.type = type
        self.modified = modified
        self.owner = owner
        self.tlp = tlp
        self.audience = audience
        self.dateAdded = dateAdded
        self.isLatest = isLatest
        self.json = json
    }
}
