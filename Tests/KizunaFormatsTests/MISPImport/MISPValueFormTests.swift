import KizunaFormats
import STIX
import STIXPatterns
import Testing

/// URL values, registry keys and hash values STIX 2.1 constrains are normalised or skipped with a reason.
@Suite("MISP values STIX 2.1 constrains are normalised or skipped, never exported malformed")
struct MISPValueFormTests {
    static let uuid = "5a4e3c2b-1d0f-4e9a-8b7c-6d5e4f3a2b1c"

    /// The conversion of one bare attribute (`to_ids` set, so an indicator is made too).
    static func convert(type: String, value: String) throws -> MISPConversion {
        let document: JSONValue = ["Attribute": [["uuid": .string(Self.uuid), "type": .string(type), "value": .string(value), "to_ids": true]]]
        return try MISPImporter.convertCollection(JSON.serialize(document), source: "test")
    }

    /// The conversion of one bare object with these (relation, type, value) attributes, all `to_ids`.
    static func convert(object name: String, _ attributes: [(String, String, String)]) throws -> MISPConversion {
        let members: [JSONValue] = attributes.map { relation, type, value in
            ["object_relation": .string(relation), "type": .string(type), "value": .string(value), "to_ids": true]
        }
        let document: JSONValue = ["Object": [["uuid": .string(Self.uuid), "name": .string(name), "Attribute": .array(members)]]]
        return try MISPImporter.convertCollection(JSON.serialize(document), source: "test")
    }

    static func pattern(_ conversion: MISPConversion) -> String? {
        conversion.objects.first { $0["type"] == "indicator" }?["pattern"]?.stringValue
    }

    static func first(_ type: String, in conversion: MISPConversion) -> JSONValue? {
        conversion.objects.first { $0["type"]?.stringValue == type }
    }

    @Test(
        "every real CIRCL event converts to URLs with a scheme, full registry hives and well-formed hashes",
        .enabled(if: MISPTestData.isAvailable), arguments: MISPTestData.circlEvents)
    func realEvent(_ name: String) throws {
        let conversions = try MISPImporter.convert(try MISPTestData.bytes("misp-events/circl-osint/" + name), source: name)
        let objects = conversions.flatMap(\.objects)
        #expect(try MISPValueForms.violations(in: objects) == [], "\(name)")
        // The forms are present to be checked: the events do hold URLs, registry keys and hashes.
        #expect(!objects.isEmpty)
    }

    @Test("the real events exercise every rule: URLs, registry keys, SSDEEP hashes", .enabled(if: MISPTestData.isAvailable))
    func realEventsCoverTheRules() throws {
        var types: Set<String> = []
        var algorithms: Set<String> = []
        var skippedURLs = 0
        for name in MISPTestData.circlEvents {
            for conversion in try MISPImporter.convert(try MISPTestData.bytes("misp-events/circl-osint/" + name), source: name) {
                types.formUnion(conversion.objects.compactMap { $0["type"]?.stringValue })
                for object in conversion.objects { algorithms.formUnion(object["hashes"]?.objectValue?.keys ?? []) }
                skippedURLs += conversion.items.count { $0.type == "url" && $0.skipped?.contains("no scheme") == true }
            }
        }
        #expect(types.isSuperset(of: ["url", "windows-registry-key", "file"]))
        #expect(algorithms.isSuperset(of: ["MD5", "SHA-1", "SHA-256", "SSDEEP"]))
        #expect(skippedURLs == 12)
    }

    @Test(
        "a url attribute without a scheme is skipped, with neither observable nor indicator",
        arguments: ["www.whitewall.top", "107.183.86", "Data/dtl.dat", "igfxtray.exe", "www.example.com:8080/gate.php", "example.org:443"]
    )
    func urlWithoutScheme(_ value: String) throws {
        for type in ["url", "uri", "link"] {
            let conversion = try Self.convert(type: type, value: value)
            let item = try #require(conversion.items.first)
            #expect(item.skipped == "'\(value)' is not an absolute URL (no scheme); import it as a domain, hostname, ip or filename attribute")
            #expect(conversion.objects.isEmpty)
        }
    }

    @Test("a url with a scheme is kept as it is", arguments: ["http://www.whitewall.top/", "hxxp://evil.example/x", "ftp://10.0.0.1:21/a"])
    func urlWithScheme(_ value: String) throws {
        let conversion = try Self.convert(type: "url", value: value)
        #expect(Self.first("url", in: conversion)?["value"]?.stringValue == value)
        #expect(Self.pattern(conversion) == "[url:value = '\(value)']")
    }

    @Test("a url with whitespace is skipped")
    func urlWithWhitespace() throws {
        let conversion = try Self.convert(type: "url", value: "http://a.example/x y")
        #expect(conversion.items.first?.skipped == "'http://a.example/x y' is not a URL: it contains whitespace")
    }

    @Test("a url object whose url has no scheme is skipped; one with a scheme converts")
    func urlObject() throws {
        let skipped = try Self.convert(object: "url", [("url", "url", "www.kcico.com.tw/data/wthk.txt"), ("domain", "domain", "www.kcico.com.tw")])
        #expect(skipped.items.first?.skipped?.hasPrefix("'www.kcico.com.tw/data/wthk.txt' is not an absolute URL (no scheme)") == true)
        #expect(skipped.objects.isEmpty)
        let kept = try Self.convert(object: "url", [("url", "url", "https://www.kcico.com.tw/data/wthk.txt")])
        #expect(Self.first("url", in: kept)?["value"]?.stringValue == "https://www.kcico.com.tw/data/wthk.txt")
    }

    @Test(
        "an abbreviated hive is written in full in the key and in the pattern",
        arguments: [
            (#"HKLM\Software\Run"#, #"HKEY_LOCAL_MACHINE\Software\Run"#), (#"hkcu\Software\Run"#, #"HKEY_CURRENT_USER\Software\Run"#),
            (#"HKCR\.exe"#, #"HKEY_CLASSES_ROOT\.exe"#), (#"HKU\S-1-5-18"#, #"HKEY_USERS\S-1-5-18"#),
            (#"HKCC\System"#, #"HKEY_CURRENT_CONFIG\System"#), (#"HKLM:\Software"#, #"HKEY_LOCAL_MACHINE\Software"#),
            (#"HKEY_LOCAL_MACHINE\Software"#, #"HKEY_LOCAL_MACHINE\Software"#), (#"HKLMX\Software"#, #"HKLMX\Software"#),
        ]
    )
    func registryHive(_ key: String, _ full: String) throws {
        let escaped = full.replacing("\\", with: "\\\\")
        let attribute = try Self.convert(type: "regkey", value: key)
        #expect(Self.first("windows-registry-key", in: attribute)?["key"]?.stringValue == full)
        #expect(Self.pattern(attribute) == "[windows-registry-key:key = '\(escaped)']")
        let pair = try Self.convert(type: "regkey|value", value: key + "|1")
        #expect(Self.first("windows-registry-key", in: pair)?["key"]?.stringValue == full)
        #expect(Self.pattern(pair)?.hasPrefix("[windows-registry-key:key = '\(escaped)' AND") == true)
        let object = try Self.convert(object: "registry-key", [("key", "regkey", key)])
        #expect(Self.first("windows-registry-key", in: object)?["key"]?.stringValue == full)
        #expect(Self.pattern(object) == "[windows-registry-key:key = '\(escaped)']")
    }

    @Test("line breaks inside an SSDEEP value are removed in the SCO and the pattern")
    func ssdeepLineBreaks() throws {
        let wrapped = "3072:GxXIbbVcpID+5/MiPDH8QnO3oMc+i+TN85mQLP\r\ngpnejnceJEOED:Gx4bbVZD+5\r\n/MiPDchdi+TN85muP0SlO"
        let joined = "3072:GxXIbbVcpID+5/MiPDH8QnO3oMc+i+TN85mQLPgpnejnceJEOED:Gx4bbVZD+5/MiPDchdi+TN85muP0SlO"
        let attribute = try Self.convert(type: "ssdeep", value: wrapped)
        #expect(Self.first("file", in: attribute)?["hashes"]?["SSDEEP"]?.stringValue == joined)
        #expect(Self.pattern(attribute) == "[file:hashes.SSDEEP = '\(joined)']")
        let object = try Self.convert(object: "file", [("ssdeep", "ssdeep", wrapped), ("filename", "filename", "a.exe")])
        #expect(Self.first("file", in: object)?["hashes"]?["SSDEEP"]?.stringValue == joined)
        #expect(Self.pattern(object)?.contains("file:hashes.SSDEEP = '\(joined)'") == true)
    }

    @Test(
        "a hash value not of its algorithm's form is skipped with the reason",
        arguments: [
            ("md5", "d41d8cd98f00b204e9800998ecf8427", "'d41d8cd98f00b204e9800998ecf8427' is not a MD5 hash (32 hexadecimal digits)"),
            (
                "sha1", "zz39a3ee5e6b4b0d3255bfef95601890afd80709",
                "'zz39a3ee5e6b4b0d3255bfef95601890afd80709' is not a SHA-1 hash (40 hexadecimal digits)"
            ),
            ("sha256", "e3b0c442", "'e3b0c442' is not a SHA-256 hash (64 hexadecimal digits)"),
            ("ssdeep", "3:abc!def:ghi", "'3:abc!def:ghi' is not a SSDEEP hash (1 to 128 characters of a-z A-Z 0-9 / + : .)"),
            ("filename|md5", "a.exe|1234", "'1234' is not a MD5 hash (32 hexadecimal digits)"),
            ("x509-fingerprint-sha1", "00", "'00' is not a SHA-1 hash (40 hexadecimal digits)"),
            ("md5", " \r\n", "MD5 hash value is empty"),
        ]
    )
    func malformedHash(_ type: String, _ value: String, _ reason: String) throws {
        let conversion = try Self.convert(type: type, value: value)
        #expect(conversion.items.first?.skipped == reason)
        #expect(conversion.objects.isEmpty)
    }

    @Test("a spaced but otherwise valid hash is compacted, and a file object with a malformed hash is skipped")
    func hashInObjects() throws {
        let sha1 = "da39a3ee5e6b4b0d3255bfef95601890afd80709"
        let spaced = try Self.convert(type: "sha1", value: "da39a3ee 5e6b4b0d 3255bfef 95601890 afd80709")
        #expect(Self.first("file", in: spaced)?["hashes"]?["SHA-1"]?.stringValue == sha1)
        let object = try Self.convert(object: "file", [("filename", "filename", "a.exe"), ("sha256", "sha256", "abc")])
        #expect(object.items.first?.skipped == "'abc' is not a SHA-256 hash (64 hexadecimal digits)")
        #expect(object.objects.isEmpty)
    }

    @Test(
        "the independent form checks reject what they should",
        arguments: [
            ("url", "www.whitewall.top"), ("regkey", #"HKLM\Software"#), ("ssdeep-pattern", "3:a\r\nb:c"),
        ])
    func checkerRejects(_ kind: String, _ value: String) throws {
        switch kind {
        case "url":
            #expect(try MISPValueForms.violations(in: [["type": "url", "id": "url--1", "value": .string(value)]]).count == 1)
        case "regkey":
            #expect(try MISPValueForms.violations(in: [["type": "windows-registry-key", "id": "k", "key": .string(value)]]).count == 1)
        default:
            let indicator: JSONValue = [
                "type": "indicator", "id": "i", "pattern_type": "stix", "pattern": .string("[file:hashes.SSDEEP = '\(value)']"),
            ]
            #expect(try MISPValueForms.violations(in: [indicator]).count == 1)
        }
    }
}
