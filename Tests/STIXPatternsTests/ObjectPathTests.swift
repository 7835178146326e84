import STIXPatterns
import Testing

@Suite("Object paths")
struct ObjectPathTests {
    @Test(
        "paths decode into steps",
        arguments: [
            ("file:name", ObjectPath(objectType: "file", steps: [.property("name")])),
            ("file:'name'", ObjectPath(objectType: "file", steps: [.property("name")])),
            ("file:hashes.'SHA-256'", ObjectPath(objectType: "file", steps: [.property("hashes"), .property("SHA-256")])),
            ("file:hashes.MD5", ObjectPath(objectType: "file", steps: [.property("hashes"), .property("MD5")])),
            (
                "email-message:to_refs[0].value",
                ObjectPath(objectType: "email-message", steps: [.property("to_refs"), .index(0), .property("value")])
            ),
            ("email-message:to_refs[-1]", ObjectPath(objectType: "email-message", steps: [.property("to_refs"), .index(-1)])),
            ("file:a[*][2]", ObjectPath(objectType: "file", steps: [.property("a"), .anyIndex, .index(2)])),
            (
                "file:extensions.'windows-pebinary-ext'.sections[*].entropy",
                ObjectPath(
                    objectType: "file",
                    steps: [
                        .property("extensions"), .property("windows-pebinary-ext"),
                        .property("sections"), .anyIndex, .property("entropy"),
                    ])
            ),
            (
                "process:parent_ref.parent_ref.name",
                ObjectPath(objectType: "process", steps: [.property("parent_ref"), .property("parent_ref"), .property("name")])
            ),
            (
                "x509-certificate:x509_v3_extensions.'key with \\' quote'",
                ObjectPath(objectType: "x509-certificate", steps: [.property("x509_v3_extensions"), .property("key with ' quote")])
            ),
        ])
    func path(text: String, expected: ObjectPath) throws {
        #expect(try Parsing.comparison("\(text) = 1").path == expected)
    }

    @Test("an extensions path compares with a float")
    func extensionsPath() throws {
        let comparison = try Parsing.comparison("file:extensions.'windows-pebinary-ext'.sections[*].entropy > 7.0")
        #expect(comparison.operator == .greater)
        #expect(comparison.value == .float(7))
        #expect(comparison.path.description == "file:extensions.'windows-pebinary-ext'.sections[*].entropy")
    }

    @Test("descriptions quote only keys that are not plain identifiers")
    func description() {
        let path = ObjectPath(objectType: "file", steps: [.property("hashes"), .property("SHA-256"), .property("AND"), .anyIndex])
        #expect(path.description == "file:hashes.'SHA-256'.'AND'[*]")
    }
}
