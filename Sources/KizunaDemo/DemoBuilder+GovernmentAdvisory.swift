import STIX

/// The government centre's quarterly overview citing the members' community reports: TLP:CLEAR.
extension DemoBuilder {
    /// Shares the overview; it cites every community report and the exploited vulnerabilities.
    mutating func buildGovernmentAdvisory() {
        self.share(.government, to: .community, tlp: .clear, daysAgo: 0.5...1) { builder in
            let cves = ["CVE-2024-3400", "CVE-2024-21762", "CVE-2023-4966", "CVE-2017-11882", "CVE-2023-38831"]
            builder.addReport(
                name: "Quarterly overview: cyber threats to Japanese organisations",
                description: """
                    Internet-banking phishing with real-time one-time-password relay drove a rise in illegal \
                    transfers; a spearphishing campaign targeted energy and telecommunications operators; hacktivist \
                    DDoS hit a power utility's customer portal; edge devices (VPN gateways) remain the most exploited \
                    entry point. Members' advisories and indicators are cited below.
                    """,
                types: ["threat-report"],
                objectRefs: builder.catalogue.communityReports + cves.map { builder.catalogue.vulnerability($0) },
                labels: ["advisory", "quarterly"]
            )
        }
    }
}
