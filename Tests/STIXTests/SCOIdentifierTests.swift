import STIX
import Testing

@Suite("Deterministic SCO identifiers")
struct SCOIdentifierTests {
    /// Vectors computed with the OASIS Python `stix2` library 3.x (`stix2.IPv4Address(value=…).id` etc.).
    static let vectors: [(JSONObject, String)] = [
        (["type": "ipv4-addr", "value": "198.51.100.3"], "ipv4-addr--28bb3599-77cd-5a82-a950-b5bc3caf07c4"),
        (["type": "ipv6-addr", "value": "2001:db8::1"], "ipv6-addr--6469e3a9-b053-5e34-a025-9396ae051d26"),
        (["type": "domain-name", "value": "example.com"], "domain-name--bedb4899-d24b-5401-bc86-8f6b4cc18ec7"),
        (["type": "url", "value": "https://example.com/login?x=ü"], "url--240c7f37-222c-590e-a242-f5edc4ddece1"),
        (["type": "email-addr", "value": "alice@example.com"], "email-addr--424d0dfc-efba-5d7e-822e-2168ba492551"),
        (
            [
                "type": "file", "name": "invoice.pdf.exe",
                "hashes": [
                    "SHA-256": .string(String(repeating: "a", count: 64)), "MD5": .string(String(repeating: "b", count: 32)),
                ],
            ],
            "file--82bc5db3-1321-5b9f-88e8-b5597bbf4870"
        ),
        (["type": "file", "name": "résumé.doc"], "file--be141207-f636-549d-8246-14943ff9ba84"),
        (
            [
                "type": "email-message", "is_multipart": false, "from_ref": "email-addr--00000000-0000-4000-8000-000000000001",
                "subject": "Invoice 42", "body": "see attachment",
            ],
            "email-message--361ecc9d-c5ae-51c1-a59a-4a4f8e858b51"
        ),
        (
            [
                "type": "network-traffic", "src_ref": "ipv4-addr--28bb3599-77cd-5a82-a950-b5bc3caf07c4", "dst_port": 443,
                "protocols": ["ipv4", "tcp"],
            ],
            "network-traffic--21fb682d-8acd-5691-b4d4-101141ec8c81"
        ),
        (["type": "autonomous-system", "number": 64496], "autonomous-system--9ad79ee3-2fde-5015-b0cc-7a96404effca"),
        (["type": "software", "name": "Word", "vendor": "Microsoft", "version": "2016"], "software--7024107e-89ac-5afa-8342-24cb729b2e30"),
        (["type": "user-account", "account_login": "jdoe", "user_id": "1001"], "user-account--bc72c238-7239-5121-97a0-67530f226169"),
        (["type": "mutex", "name": "Global\\evil"], "mutex--c6896675-cf9f-59e9-855b-f33ff9a092ef"),
    ]

    @Test("matches the reference implementation", arguments: Self.vectors.indices)
    func vector(_ index: Int) {
        let (properties, expected) = Self.vectors[index]
        let type = properties["type"]?.stringValue ?? ""
        #expect(SCOIdentifier.deterministicID(type: type, properties: properties) == expected)
    }

    @Test("lists the id-contributing properties per type")
    func contributing() {
        #expect(SCOIdentifier.contributingProperties(of: "file") == ["hashes", "name", "extensions", "parent_directory_ref"])
        #expect(SCOIdentifier.contributingProperties(of: "process") == [])
        #expect(SCOIdentifier.contributingProperties(of: "indicator") == nil)
        #expect(SCOIdentifier.deterministicID(type: "process", properties: ["pid": 4]) == nil)
        #expect(SCOIdentifier.deterministicID(type: "file", properties: ["size": 4]) == nil)
    }

    @Test("validation flags a wrong UUIDv5 as an error and a UUIDv4 as a warning")
    func validation() throws {
        let right = try STIXObject(["type": "ipv4-addr", "id": "ipv4-addr--28bb3599-77cd-5a82-a950-b5bc3caf07c4", "value": "198.51.100.3"])
        #expect(STIXValidator.validate(right).isEmpty)
        let wrongV5 = right.setting("value", to: "198.51.100.4")
        let reason = "id is not the UUIDv5 of the id-contributing properties; expected ipv4-addr--"
        let errors = STIXValidator.validate(wrongV5)
        #expect(errors.count == 1)
        #expect(errors.first?.severity == .error)
        #expect(errors.first?.reason.hasPrefix(reason) == true)
        let random = try STIXObject(["type": "ipv4-addr", "id": "ipv4-addr--1e4ffad7-0b88-41d4-ba4d-77d27490b956", "value": "198.51.100.3"])
        let warnings = STIXValidator.validate(random)
        #expect(warnings.map(\.severity) == [.warning])
        #expect(warnings.first?.reason.contains("ipv4-addr--28bb3599-77cd-5a82-a950-b5bc3caf07c4") == true)
    }
}
