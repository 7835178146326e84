import STIX

/// The ISP's C2 blocklist: addresses its sinkholes and flow data tie to commodity malware
/// families, TLP:GREEN to the community, summarised by one report.
extension DemoBuilder {
    /// Shares `count` C2 address indicators, each indicating one of `families` (malware ids).
    mutating func buildISPBlocklist(families: [String], count: Int = 320) {
        self.share(.isp, to: .community, tlp: .green, daysAgo: 1...60) { builder in
            var indicators: [String] = []
            for _ in 0..<count {
                let address = builder.takeAddress()
                let port = builder.random.pick([443, 443, 443, 8080, 80, 8443, 447, 2222])
                indicators.append(
                    builder.addIndicator(
                        name: "C2 server \(address)",
                        pattern: "[ipv4-addr:value = \(patternLiteral(address))]",
                        description: "Observed as C2 (TCP \(port)) in sinkhole and NetFlow data.",
                        validForDays: 60,
                        killChainPhases: ["command-and-control"],
                        labels: ["c2", "blocklist"],
                        indicates: [builder.random.pick(families)]
                    )
                )
            }
            let report = builder.addReport(
                name: "Tsubame Net C2 blocklist",
                description: """
                    Command-and-control addresses of commodity malware seen from our network in the last 60 days. \
                    Suitable for firewall and DNS blocking; entries expire after 60 days.
                    """,
                types: ["indicator"],
                objectRefs: indicators,
                labels: ["blocklist"]
            )
            builder.catalogue.communityReports.append(report)
        }
    }
}
