/// Ids of objects that later shares refer to, filled in as the scenarios run.
struct DemoCatalogue {
    /// ATT&CK attack patterns, shared first by the security vendor.
    var attackPatterns: [AttackTechnique: String] = [:]
    /// Vulnerabilities by CVE id, shared by the university.
    var vulnerabilities: [String: String] = [:]
    /// Reports published to the whole community, which the government advisory cites.
    var communityReports: [String] = []

    /// The id of the attack pattern for `technique`.
    func attackPattern(_ technique: AttackTechnique) -> String {
        guard let id = self.attackPatterns[technique] else { preconditionFailure("\(technique) not shared yet") }
        return id
    }

    /// The id of the vulnerability `cve`.
    func vulnerability(_ cve: String) -> String {
        guard let id = self.vulnerabilities[cve] else { preconditionFailure("\(cve) not shared yet") }
        return id
    }
}
