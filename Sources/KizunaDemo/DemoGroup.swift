/// The demo's sharing groups.
enum DemoGroup: CaseIterable, Sendable {
    case financialSector
    case criticalInfrastructureCouncil

    /// The group's name.
    var name: String {
        switch self {
        case .financialSector: "Financial sector"
        case .criticalInfrastructureCouncil: "Critical infrastructure council"
        }
    }

    /// The member organisations.
    var members: [DemoMember] {
        switch self {
        case .financialSector: [.sakuragiBank, .minatoBank, .police, .securityVendor]
        case .criticalInfrastructureCouncil: [.powerUtility, .telecom, .police, .isp]
        }
    }

    /// The group as the dataset publishes it.
    var group: DemoDataset.Group {
        DemoDataset.Group(
            name: self.name,
            description: self.summary,
            members: self.members.map(\.name)
        )
    }

    private var summary: String {
        switch self {
        case .financialSector:
            "Banks, the police cyber-crime coordinator and a security vendor sharing Internet-banking "
                + "fraud intelligence: phishing sites, mule accounts, sightings."
        case .criticalInfrastructureCouncil:
            "Operators of essential services, their ISP and the police exchanging targeted-attack and "
                + "DDoS intelligence under the critical-infrastructure cyber-terrorism countermeasure council."
        }
    }
}
