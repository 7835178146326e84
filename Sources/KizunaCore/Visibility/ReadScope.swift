public import STIX

/// The visibility rule for one requester, in a form a store turns into a `WHERE` clause.
///
/// An object is readable when its owner is ``ownerID`` or when one grant matches its audience
/// kind, its group (for group grants) and its TLP.
public struct ReadScope: Sendable, Hashable {
    /// One way in besides ownership: objects shared with `audience` (and, for groups, one of
    /// `groupIDs`) whose TLP is one of `tlps`.
    public struct Grant: Sendable, Hashable {
        public let audience: AudienceKind
        public let groupIDs: [SharingGroup.ID]?
        public let tlps: Set<TLP>
    }

    public let ownerID: Organisation.ID
    public let grants: [Grant]

    /// A scope of explicit grants; ``VisibilityRule/readScope(for:)`` makes the ones requests use.
    public init(ownerID: Organisation.ID, grants: [Grant]) {
        self.ownerID = ownerID
        self.grants = grants
    }

    /// Evaluates the scope for one envelope, exactly as a store's predicate must.
    public func admits(owner: Organisation.ID, tlp: TLP, audience: Audience) -> Bool {
        if owner == self.ownerID { return true }
        return self.grants.contains { grant in
            guard grant.audience == audience.kind, grant.tlps.contains(tlp) else { return false }
            guard let groupIDs = grant.groupIDs else { return true }
            return audience.groupID.map(groupIDs.contains) ?? false
        }
    }
}
