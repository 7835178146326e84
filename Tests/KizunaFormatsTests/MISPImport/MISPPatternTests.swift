import KizunaFormats
import STIX
import STIXPatterns
import Testing

/// Values with quotes and backslashes survive into indicator patterns.
@Suite("MISP values are escaped in STIX patterns")
struct MISPPatternTests {
    static func indicatorPattern(type: String, value: String) throws -> String {
        let document: JSONValue = [
            "Attribute": [["uuid": "4bb235a7-7d25-4aef-802f-2c6b45c5eceb", "type": .string(type), "value": .string(value), "to_ids": true]]
        ]
        let conversion = try MISPImporter.convertCollection(JSON.serialize(document), source: "test")
        return try #require(conversion.objects.first { $0["type"] == "indicator" }?["pattern"]?.stringValue)
    }

    @Test(
        "quotes and backslashes are escaped, and the pattern reads back the original value",
        arguments: ["O'Brien's invoice.exe", #"C:\Users\Public\run.exe"#, #"a\'b"#, "plain.exe"]
    )
    func escaped(_ name: String) throws {
        let pattern = try Self.indicatorPattern(type: "filename", value: name)
        let escaped = name.flatMap { $0 == "'" || $0 == "\\" ? ["\\", $0] : [$0] }
        #expect(pattern == "[file:name = '\(String(escaped))']")
        let parsed = try Pattern.parse(pattern)
        guard case .observation(.comparison(let comparison)) = parsed.root else {
            Issue.record("unexpected pattern shape: \(parsed.root)")
            return
        }
        #expect(comparison.value == .string(name))
    }

    @Test("a registry value keeps misp-stix's escaping of '%' and still parses; its hive is written in full")
    func registryValue() throws {
        let pattern = try Self.indicatorPattern(type: "regkey|value", value: #"HKLM\Run|%APPDATA%\x.exe"#)
        #expect(pattern == #"[windows-registry-key:key = 'HKEY_LOCAL_MACHINE\\Run' AND windows-registry-key:values.data = '\\%APPDATA\\%\\x.exe']"#)
        #expect(throws: Never.self) { try Pattern.parse(pattern) }
    }
}
