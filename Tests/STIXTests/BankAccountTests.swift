import STIX
import Testing

@Suite("Bank-account observable extension")
struct BankAccountTests {
    @Test("the extension definition validates and declares a new SCO")
    func definition() {
        let definition = BankAccountExtension.extensionDefinition
        #expect(definition.id == BankAccountExtension.extensionDefinitionID)
        #expect(definition.properties["extension_types"] == ["new-sco"])
        #expect(definition.properties["version"] == "1.0")
        #expect(STIXValidator.validate(definition).isEmpty)
    }

    @Test("a bank account gets a deterministic id and validates")
    func make() throws {
        let account = BankAccountExtension.make(
            bankName: "Example Bank", bankCode: "0009", branchCode: "123", accountNumber: "1234567",
            holder: "Taro Yamada", iban: nil, country: "JP"
        )
        // UUIDv5 over {"account_number":"1234567","bank_code":"0009","branch_code":"123"} (checked with Python).
        #expect(account.id == "bank-account--a72288c0-fdb1-5c53-a0d7-5e187f12bdc9")
        #expect(account.properties["iban"] == nil)
        #expect(account.extensions[BankAccountExtension.extensionDefinitionID] == ["extension_type": "new-sco"])
        #expect(account.category == .custom)
        #expect(STIXValidator.validate(account).isEmpty)
        let again = BankAccountExtension.make(bankCode: "0009", branchCode: "123", accountNumber: "1234567")
        #expect(again.id == account.id)
    }

    @Test("round-trips through JSON")
    func roundTrip() throws {
        let account = BankAccountExtension.make(bankCode: "MUFGJPJT", accountNumber: "98765", iban: "JP00 0000")
        let reparsed = try STIXObject(JSON.parse(account.json()))
        #expect(reparsed == account)
        #expect(reparsed.properties.keys == account.properties.keys)
    }

    @Test("required properties and the declaring extension are enforced")
    func requirements() throws {
        let account = BankAccountExtension.make(bankCode: "0009", accountNumber: "1")
        let missing = account.removing("account_number")
        let reasons = STIXValidator.validate(missing).map(\.reason)
        #expect(reasons.contains("missing required property 'account_number'"))
        let undeclared = account.removing("extensions")
        #expect(STIXValidator.validate(undeclared).map(\.path) == ["$.type"])
    }
}
