import KizunaFormats
import STIXPatterns
import Testing

@Suite("Drafts from CSV")
struct CSVDraftTests {
    func drafts(_ csv: String, _ mapping: String, header: Bool = true, force: Bool = false) throws -> [ImportDraft] {
        try ImportDrafts.fromCSV(
            Array(csv.utf8), mapping: CSVColumnMapping(mapping, hasHeader: header), warningLists: .builtIn, force: force)
    }

    func error(_ csv: String, _ mapping: String, header: Bool = true) -> CSVImportError? {
        do {
            _ = try self.drafts(csv, mapping, header: header)
            return nil
        } catch {
            return error as? CSVImportError
        }
    }

    @Test("header names map columns; values are canonical and deduplicated with every source")
    func headerNames() throws {
        let csv = """
            first_seen,IP,Domain,comment
            2026-10-01,45.77.12.9,Update-Check.NET,c2
            2026-10-02,045.77.12.9,update-check[.]net,c2 again
            """
        let drafts = try self.drafts(csv, "ip=ipv4-addr, domain = domain-name")
        #expect(drafts.map(\.value) == ["45.77.12.9", "update-check.net"])
        #expect(drafts[0].sources == [.csv(row: 2, column: 2), .csv(row: 3, column: 2)])
        #expect(drafts[1].sources == [.csv(row: 2, column: 3), .csv(row: 3, column: 3)])
        #expect(drafts.allSatisfy { $0.decision == .create })
    }

    @Test("column numbers work without a header, CRLF line ends included")
    func columnNumbers() throws {
        let csv = "https://evil.example/a,d41d8cd98f00b204e9800998ecf8427f\r\nhxxp://evil[.]example/b,D41D8CD98F00B204E9800998ECF8427F\r\n"
        let drafts = try self.drafts(csv, "1=url,2=md5", header: false)
        #expect(
            drafts.map { "\($0.kind):\($0.value)" } == [
                "url:https://evil.example/a", "md5:d41d8cd98f00b204e9800998ecf8427f", "url:http://evil.example/b",
            ])
        #expect(drafts[1].sources == [.csv(row: 1, column: 2), .csv(row: 2, column: 2)])
    }

    @Test("quoted fields keep commas, doubled quotes and line breaks")
    func quotes() throws {
        let csv = #"""
            url,note
            "http://evil.example/a,b?q=""x""","said ""hi"", then left
            on two lines"
            http://evil.example/c,plain
            """#
        let drafts = try self.drafts(csv, "url=url")
        #expect(drafts.map(\.value) == ["http://evil.example/a,b?q=\"x\"", "http://evil.example/c"])
        #expect(drafts[1].sources == [.csv(row: 3, column: 1)])
    }

    @Test("a cell that is not its column's kind is a skipped draft naming row and column")
    func badCells() throws {
        let csv = "ip,domain\n1.2.3.4,a.example\n1.2.3.999,b.example\nnot-an-ip,c.example\n"
        let drafts = try self.drafts(csv, "ip=ipv4-addr")
        #expect(drafts.map(\.value) == ["1.2.3.4", "1.2.3.999", "not-an-ip"])
        #expect(drafts[1].decision == .skipped("row 3, column 1: '1.2.3.999' is not a valid ipv4-addr"))
        #expect(drafts[2].decision == .skipped("row 4, column 1: 'not-an-ip' is not a valid ipv4-addr"))
        #expect(drafts[1].kind == .ipv4)
    }

    @Test("empty cells and blank lines are ignored; warning-list hits are skipped unless forced")
    func emptyAndWarnings() throws {
        let csv = "ip\n\n192.168.1.1\n\n  \n8.8.4.4\n"
        let drafts = try self.drafts(csv, "ip=ipv4-addr")
        #expect(drafts.map(\.value) == ["192.168.1.1", "8.8.4.4"])
        #expect(drafts[0].sources == [.csv(row: 3, column: 1)])
        #expect(drafts[0].decision != .create)
        #expect(drafts[0].warnings.first?.entry == "192.168.0.0/16")
        #expect(try self.drafts(csv, "ip=ipv4-addr", force: true).allSatisfy { $0.decision == .create })
    }

    @Test("auto columns detect each cell's kind and ignore cells that are no observable")
    func auto() throws {
        let csv = """
            indicator
            45.77.12.9
            2001:4860:4860::8888
            hxxps://evil[.]example/x
            Ops@Evil.Example
            9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08
            evil.example
            setup.exe
            Phishing campaign
            """
        let drafts = try self.drafts(csv, "indicator=auto")
        #expect(
            drafts.map { "\($0.kind):\($0.value)" } == [
                "ipv4:45.77.12.9", "ipv6:2001:4860:4860::8888", "url:https://evil.example/x", "email:ops@evil.example",
                "sha256:9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08", "domain:evil.example",
            ])
    }

    @Test("a row without a mapped column is an error with its row and column")
    func missingColumn() {
        let error = self.error("ip,domain\n1.2.3.4,a.example\n5.6.7.8\n", "domain=domain-name")
        #expect(error == CSVImportError(row: 3, column: 2, .missingColumn(fieldsInRow: 1)))
        #expect(error?.description == "row 3, column 2: the row has only 1 field, so this mapped column is missing")
    }

    @Test("an unterminated quote is an error with the row and column where it opens")
    func unterminatedQuote() {
        let error = self.error("ip,note\n1.2.3.4,ok\n5.6.7.8,\"never closed\n9.9.9.9,x\n", "ip=ipv4-addr")
        #expect(error == CSVImportError(row: 3, column: 2, .unterminatedQuote))
        #expect(error?.description.hasPrefix("row 3, column 2: the quoted field starting here is never closed") == true)
    }

    @Test(
        "stray quotes are syntax errors",
        arguments: [
            ("a\nab\"c\n", CSVImportError(row: 2, column: 1, .quoteInUnquotedField)),
            ("a\n\"ab\"c\n", CSVImportError(row: 2, column: 1, .textAfterClosingQuote)),
        ])
    func strayQuotes(csv: String, expected: CSVImportError) {
        #expect(self.error(csv, "1=domain-name", header: true) == expected)
    }

    @Test("a header name the header does not have is an error listing the names it has")
    func unknownHeader() {
        let error = self.error("IP,Domain\n1.2.3.4,a.example\n", "ip=ipv4-addr,url=url")
        #expect(error == CSVImportError(row: 1, .unknownHeader(name: "url", available: ["IP", "Domain"])))
        #expect(error?.description == "row 1: the header has no column 'url' (it has: 'IP', 'Domain')")
    }

    @Test("an empty file has no drafts without a header and is an error with one")
    func emptyFile() throws {
        #expect(try self.drafts("", "1=url", header: false).isEmpty)
        #expect(self.error("", "url=url") == CSVImportError(.noRows))
    }
}
