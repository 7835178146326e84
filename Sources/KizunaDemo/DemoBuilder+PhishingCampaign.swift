import Foundation
import STIX

/// An Internet-banking phishing campaign: SMS and e-mail lures, look-alike login pages relaying
/// one-time passwords, illegal transfers to mule accounts. The police coordinator attributes it,
/// the two banks share sites and mule accounts and sight each other's indicators.
extension DemoBuilder {
    static let sakuragiBrands = ["sakuragi", "sakuragibank", "skrg-bank", "sakuragi-bk"]
    static let minatoBrands = ["minato-shinkin", "minatoshinkin", "mnt-shinkin", "minato-sb"]

    /// Builds the whole phishing scenario, in ingestion order.
    mutating func buildPhishingCampaign() {
        let (campaign, intrusionSet) = self.sharePhishingActors()
        self.sharePhishingAttribution(intrusionSet: intrusionSet, campaign: campaign)
        let sakuragiSites = self.sharePhishingSites(
            .sakuragiBank, brands: Self.sakuragiBrands, domains: 28, senders: 0, campaign: campaign, daysAgo: 3...75
        )
        let minatoSites = self.sharePhishingSites(
            .minatoBank, brands: Self.minatoBrands, domains: 18, senders: 30, campaign: campaign, daysAgo: 2...70
        )
        let mules = self.buildMuleAccounts(campaign: campaign)
        self.shareSightings(
            .sakuragiBank, sites: minatoSites.indicators + sakuragiSites.indicators, mules: mules.minato
        )
        self.shareSightings(.minatoBank, sites: sakuragiSites.indicators, mules: mules.sakuragi)
        self.shareInternalLossNote(campaign: campaign)
        self.sharePhishingHosting(campaign: campaign, domains: sakuragiSites.domains + minatoSites.domains)
        self.sharePhishingKitResearch(campaign: campaign)
        self.sharePhishingAdvisory(
            campaign: campaign,
            intrusionSet: intrusionSet,
            indicators: Array(sakuragiSites.indicators.prefix(12) + minatoSites.indicators.prefix(8))
        )
    }

    /// The police coordinator's campaign and intrusion set, TLP:AMBER to the community.
    private mutating func sharePhishingActors() -> (campaign: String, intrusionSet: String) {
        self.share(.police, to: .community, tlp: .amber, daysAgo: 80...88) { builder in
            let firstSeen = builder.date().addingTimeInterval(-40 * 86_400)
            let intrusionSet = builder.addDomainObject(
                "intrusion-set",
                [
                    ("name", "Tokage Phishing Ring"),
                    (
                        "description",
                        """
                        Financially motivated group running smishing and e-mail phishing against customers of Japanese \
                        regional banks for more than a year. Rotates look-alike domains behind bulletproof hosting and \
                        launders proceeds through domestic mule accounts recruited with 'easy part-time job' posts on \
                        social media.
                        """
                    ),
                    ("aliases", .strings(["TOKAGE", "Cluster BK-7"])),
                    ("first_seen", .timestamp(firstSeen.addingTimeInterval(-400 * 86_400))),
                    ("goals", .strings(["Take over Internet-banking sessions", "Cash out through mule accounts"])),
                    ("resource_level", "organization"),
                    ("primary_motivation", "personal-gain"),
                ],
                confidence: 70
            )
            let campaign = builder.addDomainObject(
                "campaign",
                [
                    ("name", "Operation Bamboo Key"),
                    (
                        "description",
                        """
                        Waves of SMS and e-mail lures ('Important: please re-confirm your transaction authentication \
                        settings') leading to fake Internet-banking login pages that relay ID, password and one-time \
                        password in real time, followed within minutes by illegal transfers to mule accounts.
                        """
                    ),
                    ("aliases", .strings(["Bamboo Key smishing wave"])),
                    ("first_seen", .timestamp(firstSeen)),
                    ("objective", "Hijack Internet-banking sessions and transfer victims' deposits to mule accounts"),
                ],
                confidence: 85,
                labels: ["phishing", "internet-banking-fraud"]
            )
            builder.addRelationship(campaign, "attributed-to", intrusionSet)
            for technique in [AttackTechnique.spearphishingLink, .acquireDomains] {
                builder.addRelationship(campaign, "uses", builder.catalogue.attackPattern(technique))
                builder.addRelationship(intrusionSet, "uses", builder.catalogue.attackPattern(technique))
            }
            return (campaign, intrusionSet)
        }
    }

    /// What the police know of the people behind the ring: TLP:RED, financial-sector group only.
    private mutating func sharePhishingAttribution(intrusionSet: String, campaign: String) {
        self.share(.police, to: .group(.financialSector), tlp: .red, daysAgo: 60...75) { builder in
            let actor = builder.addDomainObject(
                "threat-actor",
                [
                    ("name", "Tokage laundering cell"),
                    (
                        "description",
                        """
                        Organisers who recruit and manage mule-account holders and withdrawal runners, then move \
                        proceeds to crypto-asset exchanges. Identified in a joint investigation; shared for fraud \
                        prevention only, not for onward disclosure.
                        """
                    ),
                    ("threat_actor_types", .strings(["crime-syndicate", "criminal"])),
                    ("roles", .strings(["director", "agent"])),
                    ("sophistication", "intermediate"),
                    ("resource_level", "organization"),
                    ("primary_motivation", "personal-gain"),
                ],
                confidence: 60
            )
            builder.addRelationship(intrusionSet, "attributed-to", actor)
            builder.addMuleAccounts(
                count: 24,
                campaign: campaign,
                description: "Under investigation: do not contact the holder or close the account without consulting "
                    + "the police coordinator (risk of tipping off)."
            )
            builder.addNote(
                abstract: "Mule-account holders questioned",
                content: """
                    Prefectural police questioned eleven holders of accounts reported by partnership banks. Nine sold \
                    their cards and credentials for 30,000–50,000 yen each to a recruiter met on social media; the \
                    recruiter's handles match those used by the laundering cell. Freeze requests for the remaining \
                    accounts are being coordinated with the banks.
                    """,
                author: "National Police Cyber Coordination Unit, Fraud Analysis Section",
                objectRefs: [actor, campaign]
            )
        }
    }

    /// Indicators, domains and URLs of phishing sites one bank found, TLP:GREEN to the community.
    private mutating func sharePhishingSites(
        _ bank: DemoMember,
        brands: [String],
        domains domainCount: Int,
        senders senderCount: Int,
        campaign: String,
        daysAgo: ClosedRange<Double>
    ) -> (indicators: [String], domains: [String]) {
        self.share(bank, to: .community, tlp: .green, daysAgo: daysAgo) { builder in
            var indicators: [String] = []
            var domains: [String] = []
            for _ in 0..<domainCount {
                let domain = builder.random.lookAlikeDomain(brand: builder.random.pick(brands))
                domains.append(builder.addObservable("domain-name", [("value", .string(domain))]))
                indicators.append(
                    builder.addIndicator(
                        name: "Phishing domain impersonating \(bank.name)",
                        pattern: "[domain-name:value = \(patternLiteral(domain))]",
                        types: ["malicious-activity"],
                        validForDays: 90,
                        labels: ["phishing"],
                        indicates: [campaign]
                    )
                )
                for _ in 0..<builder.random.int(in: 1...3) {
                    indicators.append(builder.addPhishingURL(on: domain, bank: bank, campaign: campaign))
                }
            }
            for _ in 0..<senderCount {
                indicators.append(builder.addPhishingSender(brands: brands, bank: bank, campaign: campaign))
            }
            return (indicators, domains)
        }
    }

    private mutating func addPhishingURL(on domain: String, bank: DemoMember, campaign: String) -> String {
        let token = self.random.string(count: 8, from: DemoNetwork.alphanumerics)
        let path = self.random.pick([
            "login", "jp/netbank/login.php", "ib/auth/index.html", "kojin/login/?id=\(token)", "verify/otp.php",
            "account/confirm?session=\(token)", "securelogin/index.php", "\(token)/direct/login",
        ])
        let url = "https://\(domain)/\(path)"
        self.addObservable("url", [("value", .string(url))])
        return self.addIndicator(
            name: "Credential-phishing page for \(bank.name) Internet banking",
            pattern: "[url:value = \(patternLiteral(url))]",
            description: "Fake login page relaying ID, password and one-time password to the operators in real time.",
            validForDays: 90,
            labels: ["phishing"],
            indicates: [campaign]
        )
    }

    private mutating func addPhishingSender(brands: [String], bank: DemoMember, campaign: String) -> String {
        let mailbox = self.random.pick(["info", "security", "noreply", "support", "kakunin", "center", "notice"])
        let address = "\(mailbox)@\(self.random.lookAlikeDomain(brand: self.random.pick(brands)))"
        self.addObservable(
            "email-addr",
            [("value", .string(address)), ("display_name", .string("\(bank.name) Security Center"))]
        )
        return self.addIndicator(
            name: "Phishing sender impersonating \(bank.name)",
            pattern: "[email-message:from_ref.value = \(patternLiteral(address))]",
            description: "Sender of 'please re-confirm your transaction authentication' lures.",
            validForDays: 60,
            labels: ["phishing"],
            indicates: [campaign]
        )
    }
}
