public import Foundation
public import STIX

/// Filters for listing, counting and exporting objects; every filter narrows.
public struct ObjectQuery: Sendable, Hashable {
    public var types: [String] = []
    public var ownerID: Organisation.ID?
    public var tlps: [TLP] = []
    public var label: String?
    public var createdByRef: String?
    public var ids: [String] = []
    /// Only versions added strictly after this instant.
    public var addedAfter: Date?
    /// Only versions whose `modified` is strictly after this timestamp.
    public var modifiedAfter: Timestamp?
    /// Case-insensitive substring of name, description, pattern or value.
    public var text: String?
    /// Include revoked objects (default: no).
    public var includeRevoked = false
    /// Which versions of each object (default: the latest).
    public var versions: VersionMatch = .latest
    /// Only objects shared with one of these audience kinds (any when empty).
    public var audienceKinds: [AudienceKind] = []
    /// Only objects shared with this sharing group.
    public var audienceGroupID: SharingGroup.ID?
    /// Only objects whose `spec_version` is one of these (every stored object is "2.1").
    public var specVersions: [String] = []
    /// Only versions with a sequence number greater than this (the page cursor).
    public var afterSequence: Int64?
    public var limit: Int = 100

    public init() {}
}

/// One page of a listing and the cursor for the next.
public struct ObjectPage: Sendable {
    public let objects: [StoredObject]
    /// The sequence to pass as ``ObjectQuery/afterSequence`` for the next page; nil on the last page.
    public let nextCursor: Int64?

    public init(objects: [StoredObject], nextCursor: Int64?) {
        self.objects = objects
        self.nextCursor = nextCursor
    }
}
