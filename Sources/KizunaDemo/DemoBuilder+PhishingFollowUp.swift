import STIX

/// What follows the first phishing reports: the banks' sightings of each other's indicators, a
/// bank's internal loss note, the vendor's view of the hosting, a university kit analysis and the
/// police advisory.
extension DemoBuilder {
    /// A bank's sightings of phishing sites and of the other bank's mule accounts, TLP:AMBER to the group.
    mutating func shareSightings(_ bank: DemoMember, sites: [String], mules: [String]) {
        self.share(bank, to: .group(.financialSector), tlp: .amber, daysAgo: 1...50) { builder in
            for indicator in builder.random.sample(sites, count: 25) {
                builder.addSighting(
                    of: indicator,
                    count: builder.random.int(in: 1...60),
                    description: "Customers reached this page (web-referrer and fraud-detection logs)."
                )
            }
            for indicator in builder.random.sample(mules, count: 30) {
                builder.addSighting(
                    of: indicator,
                    count: builder.random.int(in: 1...4),
                    description: "Outgoing transfer to this account stopped by transaction monitoring."
                )
            }
        }
    }

    /// Sakuragi Bank's own record of losses: TLP:AMBER+STRICT, kept to the organisation.
    mutating func shareInternalLossNote(campaign: String) {
        self.share(.sakuragiBank, to: .organisation, tlp: .amberStrict, daysAgo: 1...20) { builder in
            let victims = builder.random.int(in: 20...60)
            let transferred = builder.random.int(in: 150...900) * 100_000
            let recovered = transferred * builder.random.int(in: 30...70) / 100
            builder.addNote(
                abstract: "Bamboo Key: customer impact to date",
                content: "\(victims) retail customers affected; JPY \(transferred) transferred illegally, "
                    + "JPY \(recovered) recovered by freezing destination accounts. Step-up authentication "
                    + "for first-time payees enabled on all channels.",
                author: "Sakuragi Bank Fraud CSIRT",
                objectRefs: [campaign]
            )
        }
    }

    /// The security vendor's hosting cluster behind the look-alike domains, TLP:AMBER to the group.
    mutating func sharePhishingHosting(campaign: String, domains: [String]) {
        self.share(.securityVendor, to: .group(.financialSector), tlp: .amber, daysAgo: 10...45) { builder in
            let infrastructure = builder.addDomainObject(
                "infrastructure",
                [
                    ("name", "Bamboo Key phishing hosting cluster"),
                    (
                        "description",
                        """
                        Look-alike domains resolving to a small set of VPS addresses; new domains are pointed at the \
                        same hosts within hours of registration.
                        """
                    ),
                    ("infrastructure_types", .strings(["phishing"])),
                ],
                confidence: 80
            )
            builder.addRelationship(campaign, "uses", infrastructure)
            for _ in 0..<8 {
                let address = builder.addObservable("ipv4-addr", [("value", .string(builder.takeAddress()))])
                builder.addRelationship(infrastructure, "consists-of", address)
            }
            for domain in builder.random.sample(domains, count: 16) {
                builder.addRelationship(infrastructure, "consists-of", domain)
            }
        }
    }

    /// The university's analysis of the phishing kit, TLP:GREEN to the community.
    mutating func sharePhishingKitResearch(campaign: String) {
        self.share(.university, to: .community, tlp: .green, daysAgo: 25...40) { builder in
            let report = builder.addReport(
                name: "Inside the Bamboo Key phishing kit: a real-time OTP relay panel",
                description: """
                    We recovered the kit from an exposed archive on a phishing host. A PHP front end imitates the \
                    login flows of several regional banks; a Telegram-driven operator panel receives credentials and \
                    prompts the victim for the one-time password while the operator logs in. The kit blocks visitors \
                    from outside Japan and known crawler address ranges.
                    """,
                types: ["threat-report", "tool"],
                objectRefs: [campaign, builder.catalogue.attackPattern(.spearphishingLink)],
                labels: ["phishing-kit", "research"]
            )
            builder.catalogue.communityReports.append(report)
        }
    }

    /// The police coordinator's advisory to all members, TLP:GREEN.
    mutating func sharePhishingAdvisory(campaign: String, intrusionSet: String, indicators: [String]) {
        self.share(.police, to: .community, tlp: .green, daysAgo: 2...8) { builder in
            let report = builder.addReport(
                name: "Advisory: Internet-banking phishing wave 'Bamboo Key' targeting regional banks",
                description: """
                    Partnership banks report a sharp rise in illegal transfers after SMS and e-mail lures. Block the \
                    listed domains and URLs, warn customers that banks never ask for one-time passwords by SMS or \
                    e-mail, and report newly found mule accounts to the financial-sector group.
                    """,
                types: ["campaign", "indicator", "threat-report"],
                objectRefs: [campaign, intrusionSet, builder.catalogue.attackPattern(.spearphishingLink)] + indicators,
                labels: ["advisory", "internet-banking-fraud"]
            )
            builder.catalogue.communityReports.append(report)
        }
    }
}
