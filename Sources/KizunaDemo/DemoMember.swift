/// The demo's member organisations: fictional, but shaped like the members of a Japanese
/// cyber-crime and critical-infrastructure information-sharing partnership.
enum DemoMember: CaseIterable, Sendable {
    case police
    case government
    case sakuragiBank
    case minatoBank
    case powerUtility
    case telecom
    case securityVendor
    case isp
    case university

    /// The organisation's display name.
    var name: String {
        switch self {
        case .police: "National Police Cyber Coordination Unit"
        case .government: "Cabinet Office National Cyber Readiness Centre"
        case .sakuragiBank: "Sakuragi Bank"
        case .minatoBank: "Minato Shinkin Bank"
        case .powerUtility: "Kita-Kanto Electric Power"
        case .telecom: "Nihon Hikari Telecom"
        case .securityVendor: "Kagami Security Labs"
        case .isp: "Tsubame Net"
        case .university: "Musashino Institute of Technology CSIRT"
        }
    }

    /// The platform sector.
    var sector: String {
        switch self {
        case .police: "law-enforcement"
        case .government: "government"
        case .sakuragiBank, .minatoBank: "finance"
        case .powerUtility, .telecom: "critical-infrastructure"
        case .securityVendor: "security-vendor"
        case .isp: "isp"
        case .university: "academia"
        }
    }

    /// The critical-infrastructure subsector, if any.
    var subsector: String? {
        switch self {
        case .powerUtility: "energy"
        case .telecom: "telecom"
        default: nil
        }
    }

    /// Values of the STIX 2.1 `industry-sector-ov` vocabulary for the identity's `sectors`.
    var stixSectors: [String] {
        switch self {
        case .police: ["government-national", "government-emergency-services"]
        case .government: ["government-national"]
        case .sakuragiBank, .minatoBank: ["financial-services"]
        case .powerUtility: ["energy", "utilities"]
        case .telecom: ["telecommunications", "infrastructure"]
        case .securityVendor: ["technology"]
        case .isp: ["telecommunications", "technology"]
        case .university: ["education"]
        }
    }

    /// The identity's description.
    var summary: String {
        switch self {
        case .police:
            "Coordinates cyber-crime investigations across prefectural police and runs the partnership's "
                + "targeted-e-mail and Internet-banking fraud information-sharing networks."
        case .government:
            "Government centre for cyber incident readiness; publishes cross-sector advisories."
        case .sakuragiBank:
            "Regional commercial bank (Kanto). Fraud monitoring and CSIRT for retail Internet banking."
        case .minatoBank:
            "Cooperative (shinkin) bank serving the Yokohama bay area. Internet-banking fraud desk."
        case .powerUtility:
            "Electricity generation, transmission and retail for the northern Kanto region. OT and IT SOC."
        case .telecom:
            "Fixed-line and mobile operator; security operations for backbone and enterprise services."
        case .securityVendor:
            "Threat-intelligence and incident-response vendor; malware analysis and C2 tracking."
        case .isp:
            "Consumer and business Internet service provider; abuse desk and DDoS mitigation."
        case .university:
            "University CSIRT and network security research laboratory (phishing kits, honeypots)."
        }
    }

    /// A mailbox domain for contact details (reserved `.example` names, never real ones).
    var contactDomain: String {
        switch self {
        case .police: "npccu.police.example"
        case .government: "ncrc.go.example"
        case .sakuragiBank: "sakuragi-bank.example"
        case .minatoBank: "minato-shinkin.example"
        case .powerUtility: "kitakanto-power.example"
        case .telecom: "nihon-hikari.example"
        case .securityVendor: "kagami-labs.example"
        case .isp: "tsubame-net.example"
        case .university: "musashino-tech.ac.example"
        }
    }

    /// Contact details for the identity's `contact_information`.
    var contactInformation: String {
        let mailbox =
            switch self {
            case .police: "cyber-coordination"
            case .government: "advisories"
            case .sakuragiBank, .minatoBank: "fraud-csirt"
            case .powerUtility, .telecom: "soc"
            case .securityVendor: "intel"
            case .isp: "abuse"
            case .university: "csirt"
            }
        let phone =
            switch self {
            case .police: "+81-3-5500-0110"
            case .government: "+81-3-5500-0200"
            case .sakuragiBank: "+81-3-5500-0310"
            case .minatoBank: "+81-45-550-0320"
            case .powerUtility: "+81-28-550-0410"
            case .telecom: "+81-3-5500-0420"
            case .securityVendor: "+81-3-5500-0510"
            case .isp: "+81-3-5500-0610"
            case .university: "+81-42-550-0710"
            }
        return "\(mailbox)@\(self.contactDomain), \(phone) (24/7 for TLP:RED matters)"
    }
}
