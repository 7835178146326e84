import STIX

/// A DDoS against the power utility's customer portal: the utility's incident, the ISP's view of
/// the attacking botnet, the utility's internal impact note and the police's advisory.
extension DemoBuilder {
    /// Builds the DDoS scenario, in ingestion order.
    mutating func buildDDoSIncident() {
        let incident = self.shareDDoSIncidentReport()
        let botnet = self.shareAttackingAddresses(incident: incident, count: 140)
        self.shareDDoSImpactNote(incident: incident)
        self.shareDDoSAdvisory(incident: incident, botnet: botnet)
    }

    /// The utility's incident: TLP:AMBER to the critical-infrastructure council.
    private mutating func shareDDoSIncidentReport() -> String {
        self.share(.powerUtility, to: .group(.criticalInfrastructureCouncil), tlp: .amber, daysAgo: 14...16) {
            builder in
            let incident = builder.addDomainObject(
                "incident",
                [
                    ("name", "DDoS against the customer portal and outage-information site"),
                    (
                        "description",
                        """
                        HTTPS floods of up to 2.1 million requests per minute and a 38 Gbit/s UDP reflection flood \
                        degraded the customer portal and the outage-information site for about five hours. Operational \
                        (control-system) networks were not affected. A hacktivist channel claimed the attack the same \
                        evening.
                        """
                    ),
                ],
                confidence: 95,
                labels: ["ddos"]
            )
            for technique in [AttackTechnique.directNetworkFlood, .serviceExhaustionFlood] {
                builder.addRelationship(incident, "related-to", builder.catalogue.attackPattern(technique))
            }
            return incident
        }
    }

    /// The ISP's botnet analysis and attacking addresses: TLP:AMBER to the council.
    private mutating func shareAttackingAddresses(incident: String, count: Int) -> String {
        self.share(.isp, to: .group(.criticalInfrastructureCouncil), tlp: .amber, daysAgo: 12...14) { builder in
            let botnet = builder.addDomainObject(
                "infrastructure",
                [
                    ("name", "Mirai-variant botnet of compromised home routers and DVRs"),
                    (
                        "description",
                        """
                        Sources of the HTTPS flood, mostly consumer routers and network video recorders with default \
                        credentials; scrubbed upstream on the utility's transit links.
                        """
                    ),
                    ("infrastructure_types", .strings(["botnet"])),
                ],
                confidence: 85
            )
            builder.addRelationship(botnet, "related-to", incident, description: "Source of the attack traffic.")
            for _ in 0..<count {
                let address = builder.takeAddress()
                let observable = builder.addObservable("ipv4-addr", [("value", .string(address))])
                builder.addRelationship(botnet, "consists-of", observable)
                builder.addIndicator(
                    name: "DDoS source \(address)",
                    pattern: "[ipv4-addr:value = \(patternLiteral(address))]",
                    types: ["malicious-activity", "compromised"],
                    validForDays: 30,
                    labels: ["ddos", "botnet"],
                    indicates: [botnet]
                )
            }
            return botnet
        }
    }

    /// The utility's internal impact note: TLP:AMBER+STRICT, kept to the organisation.
    private mutating func shareDDoSImpactNote(incident: String) {
        self.share(.powerUtility, to: .organisation, tlp: .amberStrict, daysAgo: 10...13) { builder in
            builder.addNote(
                abstract: "Post-incident review: portal DDoS",
                content: """
                    Call-centre volume tripled during the outage. Actions: move the outage-information site to a CDN \
                    with always-on scrubbing, agree an emergency filtering runbook with Tsubame Net, rehearse it \
                    quarterly.
                    """,
                author: "Kita-Kanto Electric Power SOC",
                objectRefs: [incident]
            )
        }
    }

    /// The police advisory on hacktivist DDoS against utilities: TLP:GREEN to the community.
    private mutating func shareDDoSAdvisory(incident: String, botnet: String) {
        self.share(.police, to: .community, tlp: .green, daysAgo: 8...11) { builder in
            let report = builder.addReport(
                name: "Advisory: hacktivist DDoS campaign against Japanese utilities and local government",
                description: """
                    A hacktivist group announced attacks on Japanese utility and municipal sites; one power utility's \
                    customer portal was degraded for five hours. Prepare upstream filtering with your ISP, keep public \
                    information pages on a CDN, and report attack sources to the council.
                    """,
                types: ["threat-report", "attack-pattern"],
                objectRefs: [
                    incident, botnet,
                    builder.catalogue.attackPattern(.directNetworkFlood),
                    builder.catalogue.attackPattern(.serviceExhaustionFlood),
                ],
                labels: ["advisory", "ddos"]
            )
            builder.catalogue.communityReports.append(report)
        }
    }
}
