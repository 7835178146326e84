import Foundation
import STIX

/// A targeted-e-mail espionage campaign against critical infrastructure: the vendor's malware and
/// C2 analysis, the operators' reports of the e-mails they received, the police's attribution and
/// victim list (TLP:RED to the council) and a public advisory.
extension DemoBuilder {
    /// Ids of the vendor's analysis that the operators' reports refer to.
    struct EspionageTooling {
        let campaign: String
        let intrusionSet: String
        let rat: String
        let downloader: String
        let c2Indicators: [String]
        let hashIndicators: [String]
    }

    /// Builds the whole espionage scenario, in ingestion order.
    mutating func buildEspionageCampaign() {
        let tooling = self.shareEspionageTooling()
        let telecomMail = self.shareTargetedEmails(.telecom, count: 7, tooling: tooling, daysAgo: 30...62)
        let utilityMail = self.shareTargetedEmails(.powerUtility, count: 5, tooling: tooling, daysAgo: 20...48)
        self.shareC2Sightings(.telecom, indicators: tooling.c2Indicators)
        self.shareSinkholeSightings(indicators: tooling.c2Indicators)
        self.shareCompromiseNote(tooling: tooling)
        self.shareEspionageAttribution(tooling: tooling)
        let emailIndicators = Array(telecomMail.prefix(3) + utilityMail.prefix(3))
        self.shareEspionageAdvisory(tooling: tooling, emailIndicators: emailIndicators)
    }

    /// The vendor's campaign, malware, samples and C2 infrastructure: TLP:AMBER to the community.
    private mutating func shareEspionageTooling() -> EspionageTooling {
        self.share(.securityVendor, to: .community, tlp: .amber, daysAgo: 55...70) { builder in
            let intrusionSet = builder.addDomainObject(
                "intrusion-set",
                [
                    ("name", "Kasumi Group"),
                    (
                        "description",
                        """
                        Espionage actor targeting Japanese energy, telecommunications and policy organisations with \
                        Japanese-language spearphishing since 2021.
                        """
                    ),
                    ("aliases", .strings(["KASUMI", "Mist Crane"])),
                    ("goals", .strings(["Steal grid-operation and network-design documents", "Keep long-term access"])),
                    ("resource_level", "government"),
                    ("primary_motivation", "organizational-gain"),
                ],
                confidence: 75
            )
            let campaign = builder.addDomainObject(
                "campaign",
                [
                    ("name", "Operation Winter Lantern"),
                    (
                        "description",
                        """
                        Spearphishing e-mails posing as policy forums, journalists and industry councils, carrying \
                        archives or documents that install the PaperCrane downloader and then the SilkLantern \
                        remote-access trojan.
                        """
                    ),
                    ("first_seen", .timestamp(builder.date().addingTimeInterval(-30 * 86_400))),
                    ("objective", "Collect operational and strategic documents from critical-infrastructure operators"),
                ],
                confidence: 80,
                labels: ["targeted-email", "espionage"]
            )
            builder.addRelationship(campaign, "attributed-to", intrusionSet)
            let sector = builder.addDomainObject(
                "identity",
                [
                    ("name", "Japanese critical-infrastructure operators"),
                    ("identity_class", "class"),
                    ("sectors", .strings(["energy", "telecommunications", "utilities"])),
                ]
            )
            builder.addRelationship(campaign, "targets", sector)
            let (rat, downloader, hashIndicators) = builder.addEspionageMalware(campaign: campaign)
            builder.addRelationship(intrusionSet, "uses", rat)
            let c2Indicators = builder.addC2Infrastructure(campaign: campaign, rat: rat)
            return EspionageTooling(
                campaign: campaign,
                intrusionSet: intrusionSet,
                rat: rat,
                downloader: downloader,
                c2Indicators: c2Indicators,
                hashIndicators: hashIndicators
            )
        }
    }

    private mutating func addEspionageMalware(campaign: String) -> (rat: String, downloader: String, hashes: [String]) {
        let ratSamples = (0..<3).map { _ in self.addSample(name: "svchost.exe", size: 180_000...420_000) }
        let rat = self.addDomainObject(
            "malware",
            [
                ("name", "SilkLantern"),
                (
                    "description",
                    """
                    Modular remote-access trojan: keylogging, screenshots, file theft, and plug-ins downloaded from C2 \
                    over HTTPS with a custom XOR-and-RC4 layer.
                    """
                ),
                ("malware_types", .strings(["remote-access-trojan", "backdoor"])),
                ("is_family", true),
                (
                    "capabilities",
                    .strings(["communicates-with-c2", "captures-input", "exfiltrates-data", "persists-after-system-reboot"])
                ),
                ("architecture_execution_envs", .strings(["x86-64"])),
                ("implementation_languages", .strings(["c++"])),
                ("sample_refs", .strings(ratSamples.map(\.id))),
            ],
            confidence: 85
        )
        let loaderSamples = (0..<2).map { _ in self.addSample(name: "msupdate.dll", size: 40_000...90_000) }
        let downloader = self.addDomainObject(
            "malware",
            [
                ("name", "PaperCrane"),
                (
                    "description",
                    """
                    Small DLL downloader side-loaded by a signed executable from the attachment; checks the system \
                    locale is Japanese, then fetches SilkLantern.
                    """
                ),
                ("malware_types", .strings(["downloader"])),
                ("is_family", true),
                ("capabilities", .strings(["installs-other-components", "fingerprints-host", "anti-sandbox"])),
                ("sample_refs", .strings(loaderSamples.map(\.id))),
            ],
            confidence: 80
        )
        self.addRelationship(downloader, "downloads", rat)
        self.addRelationship(campaign, "uses", downloader)
        self.addRelationship(campaign, "uses", rat)
        let ratTechniques: [AttackTechnique] = [
            .webProtocols, .keylogging, .screenCapture, .exfiltrationOverC2, .registryRunKeys, .obfuscatedFiles,
        ]
        for technique in ratTechniques {
            self.addRelationship(rat, "uses", self.catalogue.attackPattern(technique))
        }
        for technique in [AttackTechnique.ingressToolTransfer, .systemInformationDiscovery, .powerShell] {
            self.addRelationship(downloader, "uses", self.catalogue.attackPattern(technique))
        }
        for cve in ["CVE-2017-11882", "CVE-2023-38831"] {
            self.addRelationship(downloader, "exploits", self.catalogue.vulnerability(cve))
        }
        var hashes: [String] = []
        for (sample, malware) in zip(ratSamples + loaderSamples, [rat, rat, rat, downloader, downloader]) {
            hashes.append(self.addHashIndicator(for: sample, malware: malware))
        }
        return (rat, downloader, hashes)
    }

    private mutating func addC2Infrastructure(campaign: String, rat: String) -> [String] {
        let infrastructure = self.addDomainObject(
            "infrastructure",
            [
                ("name", "SilkLantern C2 network"),
                ("description", "Rented VPS nodes behind look-alike CDN and update domains; HTTPS on 443 and 8443."),
                ("infrastructure_types", .strings(["command-and-control"])),
            ],
            confidence: 80
        )
        self.addRelationship(campaign, "uses", infrastructure)
        self.addRelationship(infrastructure, "controls", rat)
        var indicators: [String] = []
        for _ in 0..<9 {
            let domain = self.random.c2Domain()
            let id = self.addObservable("domain-name", [("value", .string(domain))])
            self.addRelationship(infrastructure, "consists-of", id)
            self.addRelationship(rat, "communicates-with", id)
            indicators.append(
                self.addIndicator(
                    name: "SilkLantern C2 domain", pattern: "[domain-name:value = \(patternLiteral(domain))]",
                    validForDays: 180, killChainPhases: ["command-and-control"], indicates: [infrastructure, rat]
                )
            )
        }
        for _ in 0..<6 {
            let address = self.takeAddress()
            let id = self.addObservable("ipv4-addr", [("value", .string(address))])
            self.addRelationship(infrastructure, "consists-of", id)
            indicators.append(
                self.addIndicator(
                    name: "SilkLantern C2 server", pattern: "[ipv4-addr:value = \(patternLiteral(address))]",
                    validForDays: 120, killChainPhases: ["command-and-control"], indicates: [infrastructure]
                )
            )
        }
        return indicators
    }

    /// A malware sample `file` and its SHA-256.
    struct Sample {
        let id: String
        let sha256: String
    }

    /// Adds a malware sample `file` with random hashes.
    mutating func addSample(name: String, size: ClosedRange<Int>) -> Sample {
        let hashes = self.random.fileHashes()
        let id = self.addObservable(
            "file",
            [
                ("hashes", .pairs(hashes.map { ($0.0, .string($0.1)) })),
                ("size", .integer(self.random.int(in: size))),
                ("name", .string(name)),
            ]
        )
        return Sample(id: id, sha256: hashes[0].1)
    }

    /// Adds a SHA-256 indicator for `sample` that indicates `malware`.
    @discardableResult
    mutating func addHashIndicator(for sample: Sample, malware: String, name: String? = nil) -> String {
        self.addIndicator(
            name: name ?? "Malware sample (SHA-256)",
            pattern: "[file:hashes.'SHA-256' = \(patternLiteral(sample.sha256))]",
            killChainPhases: ["execution"],
            indicates: [malware]
        )
    }
}
