import Foundation
import KizunaCore
import KizunaDemo
import STIX

/// Fills a store with the generated demo: organisations, groups, a key per organisation, shares.
enum DemoLoader {
    struct Member {
        let organisation: String
        let user: String
        let key: String
    }

    /// Loads the demo unless its organisations already exist; returns each organisation's key.
    static func load(into store: any Store) async throws -> [Member] {
        let dataset = DemoDataset.generate()
        let membership = MembershipService(store: store)
        if let first = dataset.organisations.first, try await store.organisation(named: first.name) != nil { return [] }
        var members: [Member] = []
        for demo in dataset.organisations {
            let organisation = try await membership.createOrganisation(
                name: demo.name, sector: Sector(rawValue: demo.sector) ?? .other, subsector: demo.subsector,
                country: demo.country, identity: demo.identity, by: nil)
            let userName = Self.userName(for: demo.name)
            let user = try await membership.createUser(
                name: userName, email: nil, role: .orgAdmin, organisationID: organisation.id, by: nil)
            let key = try await membership.issueKey(for: user.id, label: "demo", expiresAt: nil, by: nil)
            members.append(Member(organisation: demo.name, user: userName, key: key.token))
        }
        for group in dataset.groups {
            _ = try await membership.createGroup(name: group.name, description: group.description, members: group.members, by: nil)
        }
        let intake = IntakeService(store: store)
        for share in dataset.shares {
            let requester = try await Operator.requester(for: share.owner, store: store)
            let bundle = STIXBundle.make(objects: share.objects.map { $0.json() })
            let audience = AudienceName(share.audience) ?? .organisation
            let report = try await intake.ingest(bundle: bundle, audience: audience, requester: requester)
            if let rejected = report.outcomes.first(where: { $0.status == .rejected }) {
                Output.note("demo: \(share.owner) object \(rejected.id ?? "?") rejected: \(rejected.issues)")
            }
        }
        return members
    }

    /// `sakura-bank` for "Sakura Bank".
    static func userName(for organisation: String) -> String {
        let words = organisation.lowercased().split { !$0.isLetter && !$0.isNumber }
        return words.prefix(4).joined(separator: "-")
    }
}
