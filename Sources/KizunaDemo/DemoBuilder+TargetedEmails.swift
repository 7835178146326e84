import STIX

/// The operators' side of the espionage campaign: the targeted e-mails they received (sender,
/// subject, attachment), their C2 sightings and an internal compromise note.
extension DemoBuilder {
    /// A lure: who the sender pretends to be, the subject, and the attachment's name and type.
    struct Lure {
        let sender: String
        let subject: String
        let attachment: String
        let mediaType: String
    }

    static let lures: [Lure] = [
        .init(
            sender: "エネルギー政策研究会 事務局",
            subject: "【ご案内】電力需給に関する意見交換会（参加申込書送付）",
            attachment: "意見交換会_参加申込書.docx",
            mediaType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
        ),
        .init(
            sender: "重要インフラ連絡協議会",
            subject: "Re: 次回専門委員会の資料送付について",
            attachment: "専門委員会資料.zip",
            mediaType: "application/zip"
        ),
        .init(
            sender: "日本経済ジャーナル 編集部",
            subject: "取材のお願い（エネルギー安全保障特集）",
            attachment: "取材依頼書.rar",
            mediaType: "application/vnd.rar"
        ),
        .init(
            sender: "通信インフラ研究フォーラム",
            subject: "年末年始の保安体制に関する照会",
            attachment: "照会様式.xlsx.lnk",
            mediaType: "application/x-ms-shortcut"
        ),
        .init(
            sender: "送電設備保安協会",
            subject: "【至急】送電設備の点検計画について（修正版）",
            attachment: "点検計画_修正版.zip",
            mediaType: "application/zip"
        ),
        .init(
            sender: "総合政策研究所 研究員",
            subject: "ご講演のお礼と資料のご共有",
            attachment: "講演資料_最終版.doc",
            mediaType: "application/msword"
        ),
    ]

    /// One operator's report of the targeted e-mails it received: TLP:AMBER to the council.
    mutating func shareTargetedEmails(
        _ victim: DemoMember,
        count: Int,
        tooling: EspionageTooling,
        daysAgo: ClosedRange<Double>
    ) -> [String] {
        self.share(victim, to: .group(.criticalInfrastructureCouncil), tlp: .amber, daysAgo: daysAgo) { builder in
            var indicators: [String] = []
            let lures = builder.random.sample(Self.lures, count: Self.lures.count)
            for index in 0..<count {
                indicators += builder.addTargetedEmail(lures[index % lures.count], to: victim, tooling: tooling)
            }
            return indicators
        }
    }

    private mutating func addTargetedEmail(_ lure: Lure, to victim: DemoMember, tooling: EspionageTooling) -> [String] {
        let local = self.random.pick(["secretariat", "info", "office", "forum", "editor", "contact"])
        let senderAddress = "\(local)\(self.random.int(in: 1...99))@\(self.random.c2Domain())"
        let sender = self.addObservable(
            "email-addr", [("value", .string(senderAddress)), ("display_name", .string(lure.sender))]
        )
        let recipientName = self.random.person()
        let mailbox = "\(recipientName.given.prefix(1)).\(recipientName.surname)".lowercased()
        let recipientAddress = "\(mailbox)@\(victim.contactDomain)"
        let recipient = self.addObservable("email-addr", [("value", .string(recipientAddress))])
        let attachment = self.addSample(name: lure.attachment, size: 60_000...2_400_000)
        let sent = self.date()
        let body =
            "\(recipientName.surnameKanji)様\n\n平素よりお世話になっております。"
            + "標記の件につき、添付資料をご確認のうえご返信くださいますようお願い申し上げます。\n\n\(lure.sender)"
        self.addObservable(
            "email-message",
            [
                ("is_multipart", true),
                ("date", .timestamp(sent)),
                ("content_type", "multipart/mixed"),
                ("from_ref", .string(sender)),
                ("to_refs", .strings([recipient])),
                ("subject", .string(lure.subject)),
                (
                    "body_multipart",
                    .array([
                        .pairs([("content_type", "text/plain; charset=utf-8"), ("body", .string(body))]),
                        .pairs([
                            ("content_type", .string(lure.mediaType)),
                            ("content_disposition", .string("attachment; filename=\"\(lure.attachment)\"")),
                            ("body_raw_ref", .string(attachment.id)),
                        ]),
                    ])
                ),
            ]
        )
        return [
            self.addIndicator(
                name: "Targeted e-mail sender (\(lure.sender))",
                pattern: "[email-message:from_ref.value = \(patternLiteral(senderAddress))]",
                killChainPhases: ["initial-access"], labels: ["targeted-email"], indicates: [tooling.campaign]
            ),
            self.addHashIndicator(
                for: attachment, malware: tooling.downloader, name: "Targeted e-mail attachment \(lure.attachment)"
            ),
        ]
    }

    /// The telecom operator's sightings of C2 indicators in its proxy logs: TLP:AMBER to the council.
    mutating func shareC2Sightings(_ member: DemoMember, indicators: [String]) {
        self.share(member, to: .group(.criticalInfrastructureCouncil), tlp: .amber, daysAgo: 5...30) { builder in
            for indicator in builder.random.sample(indicators, count: 4) {
                builder.addSighting(
                    of: indicator,
                    count: builder.random.int(in: 2...300),
                    description: "Beaconing from internal hosts seen in web-proxy logs."
                )
            }
        }
    }

    /// The ISP's sightings of C2 traffic from council members' networks: TLP:AMBER+STRICT to the council.
    mutating func shareSinkholeSightings(indicators: [String]) {
        self.share(.isp, to: .group(.criticalInfrastructureCouncil), tlp: .amberStrict, daysAgo: 4...20) { builder in
            for indicator in builder.random.sample(indicators, count: 5) {
                builder.addSighting(
                    of: indicator,
                    count: builder.random.int(in: 1...40),
                    description: """
                        Connections from a council member's address space (NetFlow); the member was notified directly.
                        """
                )
            }
        }
    }

    /// The telecom operator's internal note on the compromise: TLP:RED, kept to the organisation.
    mutating func shareCompromiseNote(tooling: EspionageTooling) {
        self.share(.telecom, to: .organisation, tlp: .red, daysAgo: 5...25) { builder in
            builder.addNote(
                abstract: "Two engineering workstations compromised",
                content: """
                    Hosts in the backbone planning team opened the 専門委員会資料.zip lure; SilkLantern beaconed for 9 days. \
                    Both hosts isolated and re-imaged, VPN credentials of the team rotated; no evidence of access to \
                    network-management segments so far.
                    """,
                author: "Nihon Hikari Telecom SOC",
                objectRefs: [tooling.campaign, tooling.rat]
            )
        }
    }
}
