/// The sector an organisation belongs to, as the partnership classifies its members.
public enum Sector: String, Sendable, Codable, CaseIterable {
    case government
    case lawEnforcement = "law-enforcement"
    case finance
    case criticalInfrastructure = "critical-infrastructure"
    case securityVendor = "security-vendor"
    case isp
    case academia
    case other

    /// The STIX 2.1 industry-sector vocabulary value closest to this sector.
    public var stixIndustrySector: String {
        switch self {
        case .government: "government"
        case .lawEnforcement: "government-law-enforcement"
        case .finance: "financial-services"
        case .criticalInfrastructure: "infrastructure"
        case .securityVendor: "technology"
        case .isp: "telecommunications"
        case .academia: "education"
        case .other: "other"
        }
    }
}
