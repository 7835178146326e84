import KizunaDemo
import STIX
import Testing

@Suite("Demo organisations and groups")
struct DemoMembershipTests {
    static let sectors = [
        "government", "law-enforcement", "finance", "critical-infrastructure", "security-vendor", "isp", "academia",
        "other",
    ]

    @Test("organisation names are unique and sectors come from the platform's list")
    func organisations() {
        let organisations = DemoFixture.dataset.organisations
        #expect(Set(organisations.map(\.name)).count == organisations.count)
        for organisation in organisations {
            #expect(Self.sectors.contains(organisation.sector), "\(organisation.name): \(organisation.sector)")
            #expect(organisation.country == "JP")
            #expect(organisation.identity.type == "identity")
            #expect(organisation.identity.name == organisation.name)
            #expect(organisation.identity.properties["identity_class"] == "organization")
            #expect(organisation.identity.properties["contact_information"]?.stringValue != nil)
            #expect(organisation.identity.properties["sectors"]?.stringArrayValue?.isEmpty == false)
        }
    }

    @Test("the partnership has police, two banks, a utility, a telecom, a vendor, an ISP and a university")
    func membersRepresented() {
        func count(_ sector: String, _ subsector: String? = nil) -> Int {
            DemoFixture.dataset.organisations.filter { $0.sector == sector && (subsector == nil || $0.subsector == subsector) }
                .count
        }
        #expect(count("law-enforcement") >= 1)
        #expect(count("finance") == 2)
        #expect(count("critical-infrastructure", "energy") >= 1)
        #expect(count("critical-infrastructure", "telecom") >= 1)
        #expect(count("security-vendor") >= 1)
        #expect(count("isp") >= 1)
        #expect(count("academia") >= 1)
        for organisation in DemoFixture.dataset.organisations where organisation.subsector != nil {
            #expect(organisation.sector == "critical-infrastructure")
        }
    }

    @Test("groups list existing organisations and have the agreed members")
    func groups() throws {
        let names = Set(DemoFixture.dataset.organisations.map(\.name))
        for group in DemoFixture.dataset.groups {
            #expect(Set(group.members).isSubset(of: names), "\(group.name)")
        }
        let sectorOf = Dictionary(uniqueKeysWithValues: DemoFixture.dataset.organisations.map { ($0.name, $0) })
        let financial = try #require(DemoFixture.dataset.groups.first { $0.name == "Financial sector" })
        #expect(financial.members.filter { sectorOf[$0]?.sector == "finance" }.count == 2)
        #expect(financial.members.contains { sectorOf[$0]?.sector == "law-enforcement" })
        #expect(financial.members.contains { sectorOf[$0]?.sector == "security-vendor" })
        let council = try #require(DemoFixture.dataset.groups.first { $0.name == "Critical infrastructure council" })
        #expect(council.members.contains { sectorOf[$0]?.subsector == "energy" })
        #expect(council.members.contains { sectorOf[$0]?.subsector == "telecom" })
        #expect(council.members.contains { sectorOf[$0]?.sector == "law-enforcement" })
        #expect(council.members.contains { sectorOf[$0]?.sector == "isp" })
    }

    @Test("shares come from members and go to groups their owner belongs to")
    func sharesNameMembersAndGroups() {
        let names = Set(DemoFixture.dataset.organisations.map(\.name))
        let groups = Dictionary(uniqueKeysWithValues: DemoFixture.dataset.groups.map { ($0.name, $0) })
        for share in DemoFixture.dataset.shares {
            #expect(names.contains(share.owner), "\(share.owner)")
            #expect(!share.objects.isEmpty)
            if share.audience.hasPrefix("group:") {
                let group = groups[String(share.audience.dropFirst("group:".count))]
                #expect(group?.members.contains(share.owner) == true, "\(share.owner) → \(share.audience)")
            } else {
                #expect(["organisation", "community"].contains(share.audience), "\(share.audience)")
            }
        }
    }
}
