import KizunaFormats
import Testing

@Suite("CSV column mappings")
struct CSVColumnMappingTests {
    @Test("names, numbers, every kind and auto are accepted")
    func valid() throws {
        let mapping = try CSVColumnMapping(
            "ip=ipv4-addr,v6=ipv6-addr,d=domain-name,u=url,e=email-addr,1=md5,2=sha1,3=SHA-256,4=sha512,x=auto", hasHeader: true)
        #expect(mapping.hasHeader)
        #expect(try CSVColumnMapping("3=url", hasHeader: false) != CSVColumnMapping("3=url", hasHeader: true))
    }

    @Test(
        "bad mappings are errors that say what to write",
        arguments: [
            ("", false, CSVImportError(.emptyMapping)),
            (" , ", false, CSVImportError(.emptyMapping)),
            ("ip", true, CSVImportError(.malformedMappingItem("ip"))),
            ("ip=", true, CSVImportError(.malformedMappingItem("ip="))),
            ("ip=ipv5", true, CSVImportError(.unknownKind("ipv5"))),
            ("0=url", false, CSVImportError(.invalidColumnNumber("0"))),
            ("ip=ipv4-addr", false, CSVImportError(.headerNameWithoutHeader("ip"))),
            ("2=url,2=domain-name", false, CSVImportError(.duplicateColumn("2"))),
            ("IP=url,ip=domain-name", true, CSVImportError(.duplicateColumn("ip"))),
        ])
    func invalid(text: String, header: Bool, expected: CSVImportError) {
        #expect(throws: expected) { try CSVColumnMapping(text, hasHeader: header) }
    }

    @Test("error descriptions name the problem")
    func descriptions() {
        #expect(
            CSVImportError(.headerNameWithoutHeader("ip")).description
                == "column 'ip' is a header name but the CSV has no header row; use its column number instead")
        #expect(CSVImportError(.unknownKind("ipv5")).description.contains("ipv4-addr, ipv6-addr, domain-name"))
    }
}
