import KizunaCore
import STIX
import Testing

@Suite("The visibility rule")
struct VisibilityRuleTests {
    static let owner: Organisation.ID = 1
    static let member: Organisation.ID = 2
    static let outsider: Organisation.ID = 3
    static let group: SharingGroup.ID = 10

    static func requester(_ organisation: Organisation.ID) -> Requester {
        Requester(
            userID: organisation, userName: "u\(organisation)", role: .analyst, organisationID: organisation,
            groupIDs: organisation == Self.outsider ? [] : [Self.group], keyPrefix: nil)
    }

    static let audiences: [Audience] = [.organisation, .group(Self.group), .community, .federation]

    @Test("TLP levels allow exactly the audiences DESIGN.md lists")
    func allowedAudiences() {
        #expect(VisibilityRule.allowedAudiences(for: .clear) == [.organisation, .group, .community, .federation])
        #expect(VisibilityRule.allowedAudiences(for: .green) == [.organisation, .group, .community, .federation])
        #expect(VisibilityRule.allowedAudiences(for: .amber) == [.organisation, .group, .community])
        #expect(VisibilityRule.allowedAudiences(for: .amberStrict) == [.organisation, .group, .community])
        #expect(VisibilityRule.allowedAudiences(for: .red) == [.organisation, .group])
    }

    @Test("a write of TLP:RED to the community is refused with a reason", arguments: [AudienceKind.community, .federation])
    func redToCommunity(audience: AudienceKind) {
        #expect(throws: AudienceViolation.self) { try VisibilityRule.checkWrite(tlp: .red, audience: audience) }
        do {
            try VisibilityRule.checkWrite(tlp: .red, audience: audience)
        } catch {
            #expect(error.description.contains("TLP:RED may not be shared with audience '\(audience.rawValue)'"))
            #expect(error.description.contains("organisation, group"))
        }
    }

    @Test("AMBER is never federated")
    func amberNotFederated() {
        #expect(throws: AudienceViolation.self) { try VisibilityRule.checkWrite(tlp: .amber, audience: .federation) }
        #expect(throws: AudienceViolation.self) { try VisibilityRule.checkWrite(tlp: .amberStrict, audience: .federation) }
    }

    @Test("the owner reads everything it owns", arguments: TLP.allCases)
    func ownerReads(tlp: TLP) {
        for audience in Self.audiences {
            #expect(VisibilityRule.canRead(Self.requester(Self.owner), owner: Self.owner, tlp: tlp, audience: audience))
        }
    }

    @Test("a group member reads group and community objects, never organisation-only ones", arguments: TLP.allCases)
    func memberReads(tlp: TLP) {
        let member = Self.requester(Self.member)
        #expect(!VisibilityRule.canRead(member, owner: Self.owner, tlp: tlp, audience: .organisation))
        #expect(VisibilityRule.canRead(member, owner: Self.owner, tlp: tlp, audience: .group(Self.group)))
        #expect(!VisibilityRule.canRead(member, owner: Self.owner, tlp: tlp, audience: .group(99)))
        #expect(VisibilityRule.canRead(member, owner: Self.owner, tlp: tlp, audience: .community) == (tlp != .red))
    }

    @Test("an outsider reads only community-wide objects that their TLP allows", arguments: TLP.allCases)
    func outsiderReads(tlp: TLP) {
        let outsider = Self.requester(Self.outsider)
        #expect(!VisibilityRule.canRead(outsider, owner: Self.owner, tlp: tlp, audience: .organisation))
        #expect(!VisibilityRule.canRead(outsider, owner: Self.owner, tlp: tlp, audience: .group(Self.group)))
        #expect(VisibilityRule.canRead(outsider, owner: Self.owner, tlp: tlp, audience: .community) == (tlp != .red))
        #expect(
            VisibilityRule.canRead(outsider, owner: Self.owner, tlp: tlp, audience: .federation)
                == [.clear, .green].contains(tlp))
    }

    @Test("audience names parse from the request form")
    func audienceNames() {
        #expect(AudienceName("community") == .community)
        #expect(AudienceName("group:Financial sector") == .group("Financial sector"))
        #expect(AudienceName("group:") == nil)
        #expect(AudienceName("everyone") == nil)
    }
}
