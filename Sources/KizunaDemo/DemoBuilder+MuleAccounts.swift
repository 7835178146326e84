import STIX

/// Mule accounts: the destination accounts of illegal Internet-banking transfers, which the banks
/// share as `bank-account` observables with indicators, TLP:AMBER to the financial-sector group
/// (account holders are people, so never community-wide without need).
extension DemoBuilder {
    /// A (fictional) Japanese bank and its four-digit Zengin bank code.
    struct MuleBank {
        let name: String
        let code: String
    }

    static let muleBanks: [MuleBank] = [
        .init(name: "Sakuragi Bank", code: "0581"),
        .init(name: "Minato Shinkin Bank", code: "1372"),
        .init(name: "Hoshino Net Bank", code: "0391"),
        .init(name: "Kawasemi Bank", code: "0524"),
        .init(name: "Aokumo Digital Bank", code: "0402"),
        .init(name: "Chikuma Shinkin Bank", code: "1390"),
        .init(name: "Yurikago Bank", code: "0547"),
    ]

    /// Shares both banks' mule accounts; returns the indicator ids per reporting bank.
    mutating func buildMuleAccounts(campaign: String) -> (sakuragi: [String], minato: [String]) {
        let sakuragi = self.share(.sakuragiBank, to: .group(.financialSector), tlp: .amber, daysAgo: 2...70) {
            builder in
            return builder.addMuleAccounts(count: 170, campaign: campaign)
        }
        let minato = self.share(.minatoBank, to: .group(.financialSector), tlp: .amber, daysAgo: 2...65) {
            builder in
            builder.addMuleAccounts(count: 110, campaign: campaign)
        }
        return (sakuragi, minato)
    }

    /// Adds `count` distinct mule accounts with an indicator each that indicates `campaign`.
    @discardableResult
    mutating func addMuleAccounts(
        count: Int,
        campaign: String,
        description: String = "Destination of an illegal Internet-banking transfer; freeze requested."
    ) -> [String] {
        var indicators: [String] = []
        var seen: Set<String> = []
        while indicators.count < count {
            let bank = self.random.pick(Self.muleBanks)
            let branch = String(self.random.int(in: 100...899))
            let number = String(self.random.int(in: 1_000_000...9_999_999))
            guard seen.insert("\(bank.code)-\(branch)-\(number)").inserted else { continue }
            self.addMarked(
                BankAccountExtension.make(
                    bankName: bank.name,
                    bankCode: bank.code,
                    branchCode: branch,
                    accountNumber: number,
                    holder: self.random.accountHolder(),
                    iban: nil,
                    country: Self.country
                )
            )
            let pattern =
                "[bank-account:bank_code = \(patternLiteral(bank.code)) AND "
                + "bank-account:branch_code = \(patternLiteral(branch)) AND "
                + "bank-account:account_number = \(patternLiteral(number))]"
            indicators.append(
                self.addIndicator(
                    name: "Mule account \(bank.name) \(branch)-\(number)",
                    pattern: pattern,
                    types: ["malicious-activity"],
                    description: description,
                    labels: ["mule-account", "internet-banking-fraud"],
                    indicates: [campaign]
                )
            )
        }
        return indicators
    }
}
