public import STIX

/// The one rule that decides who may read a shared object.
///
/// A requesting organisation R may read object O when R owns O, or when R is in O's audience and
/// O's TLP allows that audience. Stores never evaluate this themselves: they translate
/// ``readScope(for:)`` into their query predicate.
public enum VisibilityRule {
    /// The audiences each TLP level may be shared with.
    public static func allowedAudiences(for tlp: TLP) -> Set<AudienceKind> {
        switch tlp {
        case .clear: [.organisation, .group, .community, .federation]
        case .green: [.organisation, .group, .community, .federation]
        case .amber, .amberStrict: [.organisation, .group, .community]
        case .red: [.organisation, .group]
        }
    }

    /// The TLP levels that may be shared with an audience kind.
    public static func allowedTLPs(for audience: AudienceKind) -> Set<TLP> {
        Set(TLP.allCases.filter { self.allowedAudiences(for: $0).contains(audience) })
    }

    /// The TLP an object without a TLP marking is treated as.
    public static let defaultTLP: TLP = .amber

    /// Checks that an object of `tlp` may be shared with `audience`.
    /// - Throws: ``AudienceViolation`` saying why not.
    public static func checkWrite(tlp: TLP, audience: AudienceKind) throws(AudienceViolation) {
        guard self.allowedAudiences(for: tlp).contains(audience) else {
            throw AudienceViolation(tlp: tlp, audience: audience, allowed: self.allowedAudiences(for: tlp))
        }
    }

    /// The read predicate for a requester, for stores to turn into a query condition.
    public static func readScope(for requester: Requester) -> ReadScope {
        ReadScope(
            ownerID: requester.organisationID,
            grants: [
                .init(audience: .group, groupIDs: requester.groupIDs, tlps: self.allowedTLPs(for: .group)),
                .init(audience: .community, groupIDs: nil, tlps: self.allowedTLPs(for: .community)),
                .init(audience: .federation, groupIDs: nil, tlps: self.allowedTLPs(for: .federation)),
            ].filter { $0.groupIDs.map { !$0.isEmpty } ?? true }
        )
    }

    /// Evaluates the rule for one object's envelope; used to cross-check stores in tests.
    public static func canRead(_ requester: Requester, owner: Organisation.ID, tlp: TLP, audience: Audience) -> Bool {
        self.readScope(for: requester).admits(owner: owner, tlp: tlp, audience: audience)
    }
}

/// A write refused because its TLP does not allow its audience.
public struct AudienceViolation: Error, Sendable, Hashable, CustomStringConvertible {
    public let tlp: TLP
    public let audience: AudienceKind
    public let allowed: Set<AudienceKind>

    public var description: String {
        let allowedNames = AudienceKind.allCases.filter { self.allowed.contains($0) }.map(\.rawValue)
        return "\(self.tlp.displayName) may not be shared with audience '\(self.audience.rawValue)'; "
            + "\(self.tlp.displayName) allows: \(allowedNames.joined(separator: ", "))"
    }
}
