import STIX

/// The police's part of the espionage scenario: attribution and named victims (TLP:RED to the
/// critical-infrastructure council) and the public advisory (TLP:GREEN).
extension DemoBuilder {
    /// Attribution to a state-sponsored actor and the operators it targeted: TLP:RED to the council.
    mutating func shareEspionageAttribution(tooling: EspionageTooling) {
        self.share(.police, to: .group(.criticalInfrastructureCouncil), tlp: .red, daysAgo: 10...25) { builder in
            let actor = builder.addDomainObject(
                "threat-actor",
                [
                    ("name", "Kasumi Group sponsor unit"),
                    (
                        "description",
                        """
                        State-sponsored unit assessed to task the Kasumi Group. Assessment rests on infrastructure \
                        overlaps and working-hour patterns shared by a foreign partner agency; do not disclose outside \
                        the council.
                        """
                    ),
                    ("threat_actor_types", .strings(["nation-state", "spy"])),
                    ("roles", .strings(["sponsor", "director"])),
                    ("sophistication", "advanced"),
                    ("resource_level", "government"),
                    ("primary_motivation", "organizational-gain"),
                ],
                confidence: 55
            )
            builder.addRelationship(tooling.intrusionSet, "attributed-to", actor)
            for victim in [DemoMember.telecom, .powerUtility] {
                builder.addRelationship(
                    tooling.campaign, "targets", builder.identity(of: victim),
                    description: "Confirmed recipient of Winter Lantern e-mails."
                )
            }
        }
    }

    /// The police coordinator's advisory to all members: TLP:GREEN.
    mutating func shareEspionageAdvisory(tooling: EspionageTooling, emailIndicators: [String]) {
        self.share(.police, to: .community, tlp: .green, daysAgo: 3...10) { builder in
            let techniques: [AttackTechnique] = [
                .spearphishingAttachment, .maliciousFile, .doubleFileExtension, .exploitationForClientExecution,
                .webProtocols, .ingressToolTransfer,
            ]
            var refs = [tooling.campaign, tooling.rat, tooling.downloader]
            refs += techniques.map { builder.catalogue.attackPattern($0) }
            refs += ["CVE-2017-11882", "CVE-2023-38831"].map { builder.catalogue.vulnerability($0) }
            refs += tooling.c2Indicators + tooling.hashIndicators + emailIndicators
            let report = builder.addReport(
                name: "Advisory: targeted e-mails posing as policy forums against critical-infrastructure operators",
                description: """
                    Operators in energy and telecommunications received Japanese-language e-mails posing as policy \
                    forums, journalists and industry councils. Attachments install the PaperCrane downloader and the \
                    SilkLantern RAT. Block the listed C2 domains and addresses, hunt for the hashes, and patch Office \
                    Equation Editor and WinRAR.
                    """,
                types: ["campaign", "malware", "indicator", "threat-report"],
                objectRefs: refs,
                labels: ["advisory", "targeted-email"]
            )
            builder.catalogue.communityReports.append(report)
        }
    }
}
