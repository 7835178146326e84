import STIX

/// Background knowledge shared first: ATT&CK techniques (security vendor) and notable
/// vulnerabilities (university CSIRT), both TLP:CLEAR to the whole community.
extension DemoBuilder {
    /// A CVE the university's vulnerability notes cover.
    struct KnownVulnerability {
        let cve: String
        let summary: String
    }

    static let knownVulnerabilities: [KnownVulnerability] = [
        .init(
            cve: "CVE-2017-11882",
            summary: """
                Microsoft Office Equation Editor memory corruption allowing remote code execution; still common in \
                malicious e-mail attachments.
                """
        ),
        .init(
            cve: "CVE-2023-36884",
            summary: """
                Microsoft Office and Windows HTML remote code execution through specially crafted Office documents.
                """
        ),
        .init(
            cve: "CVE-2024-21413",
            summary: "Microsoft Outlook remote code execution (\"MonikerLink\") bypassing Protected View."
        ),
        .init(
            cve: "CVE-2023-38831",
            summary: """
                RARLAB WinRAR before 6.23 executes code when a user opens a benign-looking file inside a ZIP archive.
                """
        ),
        .init(
            cve: "CVE-2023-4966",
            summary: """
                Citrix NetScaler ADC and Gateway sensitive information disclosure (\"Citrix Bleed\") leaking session \
                tokens.
                """
        ),
        .init(cve: "CVE-2023-3519", summary: "Citrix NetScaler ADC and Gateway unauthenticated remote code execution."),
        .init(
            cve: "CVE-2024-3400",
            summary: """
                Palo Alto Networks PAN-OS GlobalProtect command injection allowing unauthenticated code execution as \
                root.
                """
        ),
        .init(
            cve: "CVE-2024-21762",
            summary: "Fortinet FortiOS SSL VPN out-of-bounds write allowing unauthenticated remote code execution."
        ),
        .init(
            cve: "CVE-2023-27997",
            summary: "Fortinet FortiOS SSL VPN heap-based buffer overflow allowing pre-authentication code execution."
        ),
        .init(
            cve: "CVE-2018-13379",
            summary: "Fortinet FortiOS SSL VPN path traversal exposing VPN session credentials."
        ),
        .init(
            cve: "CVE-2023-20198",
            summary: """
                Cisco IOS XE web UI privilege escalation letting an unauthenticated attacker create an administrator \
                account.
                """
        ),
        .init(
            cve: "CVE-2023-46604",
            summary: "Apache ActiveMQ OpenWire deserialization allowing remote code execution."
        ),
        .init(cve: "CVE-2021-44228", summary: "Apache Log4j 2 JNDI lookup remote code execution (\"Log4Shell\")."),
        .init(cve: "CVE-2023-34362", summary: "Progress MOVEit Transfer SQL injection exploited for mass data theft."),
        .init(
            cve: "CVE-2024-1709",
            summary: "ConnectWise ScreenConnect authentication bypass allowing creation of administrative users."
        ),
        .init(
            cve: "CVE-2015-5374",
            summary: "Siemens SIPROTEC 4 protection relay denial of service via crafted packets to UDP port 50000."
        ),
    ]

    /// Shares the ATT&CK techniques and the vulnerability notes.
    mutating func buildCommunityReferenceData() {
        self.share(.securityVendor, to: .community, tlp: .clear, daysAgo: 88...90) { builder in
            for technique in AttackTechnique.allCases {
                builder.catalogue.attackPatterns[technique] = builder.addDomainObject(
                    "attack-pattern",
                    technique.attackPatternProperties,
                    confidence: 95,
                    externalReferences: [technique.externalReference]
                )
            }
        }
        self.share(.university, to: .community, tlp: .clear, daysAgo: 60...89) { builder in
            for vulnerability in Self.knownVulnerabilities {
                builder.catalogue.vulnerabilities[vulnerability.cve] = builder.addDomainObject(
                    "vulnerability",
                    [("name", .string(vulnerability.cve)), ("description", .string(vulnerability.summary))],
                    confidence: 90,
                    externalReferences: [
                        .externalReference(
                            source: "cve",
                            externalID: vulnerability.cve,
                            url: "https://nvd.nist.gov/vuln/detail/\(vulnerability.cve)"
                        )
                    ]
                )
            }
            let edgeDevices = ["CVE-2023-4966", "CVE-2024-3400", "CVE-2024-21762", "CVE-2023-20198", "CVE-2018-13379"]
            let report = builder.addReport(
                name: "Edge-device exploitation seen by the Musashino honeypot network",
                description: "Our sensors on Japanese academic networks recorded mass scanning and exploitation "
                    + "attempts against VPN gateways and network appliances. Patch or isolate affected devices; "
                    + "exploitation typically follows publication of a proof of concept within days.",
                types: ["vulnerability", "threat-report"],
                objectRefs: edgeDevices.map { builder.catalogue.vulnerability($0) },
                labels: ["honeypot", "edge-devices"]
            )
            builder.catalogue.communityReports.append(report)
        }
    }
}
