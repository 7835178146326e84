import KizunaFormats
import STIXPatterns
import Testing

@Suite("Drafts from free text")
struct TextDraftTests {
    static let advisory = """
        Subject: [JC3 Advisory] Banking trojan campaign targeting Internet-banking customers

        Between 2026-10-01 and 2026-10-14 victims received e-mails from billing@secure-bank-notice[.]com
        linking to hxxps://secure-bank-notice[.]com/login.php?id=7 and hxxp://203.0.113.77/dl/invoice.zip.
        The payload (SHA-256 9F86D081884C7D659A2FEAA0C55AD015A3BF4F1B2B0B822CD15D6C15B0F00A08) beacons to
        update-check[.]net on 45.77.12[.]9 and, as a fallback, to 10.20.30.40 inside victims' networks.
        Do not block update-check.net's parent provider; block 45.77.12.9 and hxxp://secure-bank-notice[.]com/login.php?id=7 only.
        """

    func pairs(_ drafts: [ImportDraft]) -> [String] {
        drafts.map { "\($0.kind):\($0.value)" }
    }

    @Test("a defanged advisory yields each observable once, refanged, in order of first appearance")
    func advisoryDrafts() {
        let drafts = ImportDrafts.fromText(Self.advisory, warningLists: .builtIn, force: false)
        #expect(
            self.pairs(drafts) == [
                "email:billing@secure-bank-notice.com", "domain:secure-bank-notice.com",
                "url:https://secure-bank-notice.com/login.php?id=7", "url:http://203.0.113.77/dl/invoice.zip", "ipv4:203.0.113.77",
                "sha256:9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08", "domain:update-check.net",
                "ipv4:45.77.12.9", "ipv4:10.20.30.40", "url:http://secure-bank-notice.com/login.php?id=7",
            ])
        let domain = drafts.first { $0.value == "update-check.net" }
        #expect(domain?.sources == [.text(line: 6, column: 1), .text(line: 7, column: 14)])
        let address = drafts.first { $0.value == "45.77.12.9" }
        #expect(address?.sources.count == 2)
        #expect(address?.decision == .create)
    }

    @Test("warning-list hits are skipped with the list named, unless forced")
    func warningHits() {
        let drafts = ImportDrafts.fromText(Self.advisory, warningLists: .builtIn, force: false)
        let documentation = drafts.first { $0.value == "203.0.113.77" && $0.kind == .ipv4 }
        #expect(documentation?.warnings.map(\.entry) == ["203.0.113.0/24"])
        guard case .skipped(let reason) = documentation?.decision else {
            Issue.record("expected a skipped draft")
            return
        }
        #expect(reason.contains("Reserved and private IP ranges (built in)"))
        #expect(reason.contains("203.0.113.0/24"))
        let url = drafts.first { $0.value == "http://203.0.113.77/dl/invoice.zip" }
        #expect(url?.warnings.count == 1)
        #expect(drafts.filter { $0.decision != .create }.map(\.value) == ["http://203.0.113.77/dl/invoice.zip", "203.0.113.77", "10.20.30.40"])

        let forced = ImportDrafts.fromText(Self.advisory, warningLists: .builtIn, force: true)
        #expect(forced.allSatisfy { $0.decision == .create })
        #expect(forced.first { $0.value == "10.20.30.40" }?.warnings.map(\.entry) == ["10.0.0.0/8"])
    }

    @Test("text without observables yields no drafts")
    func empty() {
        #expect(ImportDrafts.fromText("Nothing to see here.\nVersion 1.2.3 was released.", warningLists: .builtIn, force: false).isEmpty)
    }
}
