import KizunaFormats
import STIX
import Testing

/// Every MISP attribute type and object template of misp-stix's mapping documentation, converted
/// here and compared with the STIX misp-stix documents for it.
@Suite("MISP import follows misp-stix's documented mappings")
struct MISPMappingTests {
    /// Attribute types whose indicator pattern deliberately or knowingly differs from misp-stix's.
    static let attributeGaps: [String: String] = [
        "sha512/224": "misp-stix writes SHA-512/224 as 'SHA-224', a different function; we keep 'SHA-512/224'",
        "sha512/256": "misp-stix writes SHA-512/256 as 'SHA-256', a different function; we keep 'SHA-512/256'",
        "filename|sha512/224": "misp-stix writes SHA-512/224 as 'SHA-224', a different function; we keep 'SHA-512/224'",
        "filename|sha512/256": "misp-stix writes SHA-512/256 as 'SHA-256', a different function; we keep 'SHA-512/256'",
        "sigma": "misp-stix wraps the rule in [ ], which breaks it; we keep the rule text as the pattern",
        "snort": "misp-stix wraps the rule in [ ], which breaks it; we keep the rule text as the pattern",
        "suricata": "misp-stix wraps the rule in [ ], which breaks it; we keep the rule text as the pattern",
        "yara": "misp-stix wraps the rule in [ ], which breaks it; we keep the rule text as the pattern",
        "regkey": "misp-stix keeps the abbreviated hive 'HKLM', which STIX 2.1 forbids in a key; we write 'HKEY_LOCAL_MACHINE'",
        "regkey|value": "misp-stix keeps the abbreviated hive 'HKLM', which STIX 2.1 forbids in a key; we write 'HKEY_LOCAL_MACHINE'",
        "malware-sample": "the documented sample data is abbreviated with '[...]', not base64, so no artifact is made from it",
    ]

    /// Object templates this importer does not convert: their objects are skipped with a reason.
    static let unsupportedTemplates: Set<String> = [
        "Script object where state is \"Malicious\"", "Script object where state is not \"Malicious\"", "android-app", "annotation",
        "artifact", "attack-pattern", "course-of-action", "employee", "geolocation", "hashlookup", "http-request", "identity", "image",
        "intrusion-set", "legal-entity", "lnk", "netflow", "network-socket", "news-agency", "nova-rule", "organization",
        "owasp-crs-rule", "parler-account", "pe & pe-sections", "person", "process", "reddit-account", "sigma", "suricata",
        "telegram-account", "user-account", "wazuh-rule", "yara",
    ]

    /// Supported templates whose documented example converts differently here, with why.
    static let objectGaps: [String: String] = [
        "file": "the documented malware-sample data is abbreviated with '[...]', not base64, so no artifact is made from it",
        "domain-ip with the perfect domain & ip matching":
            "its attributes have no to_ids flag, so we make only observed-data; misp-stix's documentation shows an indicator",
        "file with references to pe & pe-section(s)":
            "referenced pe and pe-section objects are not folded into the file's windows-pebinary-ext (they are skipped)",
        "registry-key with references to registry-key-value(s)":
            "referenced registry-key-value objects are not folded into the key's values (they convert on their own)",
    ]

    static let attributeEntries: [String] = Self.keys("misp_attributes_to_stix21.json")
    static let objectEntries: [String] = Self.keys("misp_objects_to_stix21.json")

    static func keys(_ file: String) -> [String] {
        guard MISPTestData.isAvailable, case .object(let entries)? = try? MISPTestData.json("misp-stix/documentation/mapping/" + file) else {
            return []
        }
        return entries.keys
    }

    static func entry(_ file: String, _ key: String) throws -> (misp: JSONValue, stix: [JSONValue]) {
        let entry = try #require(try MISPTestData.json("misp-stix/documentation/mapping/" + file)[key])
        let stix = entry["STIX"].map { $0.arrayValue ?? [$0] } ?? []
        return (try #require(entry["MISP"]), stix)
    }

    static func withIndicatorFlag(_ attribute: JSONValue) -> JSONValue {
        guard case .object(var object) = attribute else { return attribute }
        if object["to_ids"] == nil { object["to_ids"] = true }
        return .object(object)
    }

    @Test("attribute types: the indicator pattern equals misp-stix's", .enabled(if: MISPTestData.isAvailable), arguments: Self.attributeEntries)
    func attributePattern(_ type: String) throws {
        let (misp, stix) = try Self.entry("misp_attributes_to_stix21.json", type)
        let document: JSONValue = ["Attribute": [Self.withIndicatorFlag(misp)]]
        let conversion = try MISPImporter.convertCollection(JSON.serialize(document), source: type)
        let item = try #require(conversion.items.first)
        #expect(item.skipped == nil, "\(type) skipped: \(item.skipped ?? "")")
        MISPConversionChecks.expectValid(conversion.objects, type)
        let expected = stix.first { $0["type"] == "indicator" }?["pattern"]?.stringValue
        let actual = conversion.objects.first { $0["type"] == "indicator" }?["pattern"]?.stringValue
        if let gap = Self.attributeGaps[type] {
            #expect(expected != actual, "\(type) is listed as a known gap (\(gap)) but now matches: remove it from the list")
            return
        }
        let expectedTypes = Set(stix.compactMap { $0["type"]?.stringValue })
        let actualTypes = Set(conversion.objects.compactMap { $0["type"]?.stringValue })
        #expect(expectedTypes == actualTypes, "object types differ for \(type)")
        #expect(expected == actual)
    }

    @Test("object templates: the indicator pattern equals misp-stix's", .enabled(if: MISPTestData.isAvailable), arguments: Self.objectEntries)
    func objectPattern(_ name: String) throws {
        let (misp, stix) = try Self.entry("misp_objects_to_stix21.json", name)
        let objects = misp.arrayValue ?? [misp]
        let document: JSONValue = ["Object": .array(objects)]
        let conversion = try MISPImporter.convertCollection(JSON.serialize(document), source: name)
        let item = try #require(conversion.items.first)
        if Self.unsupportedTemplates.contains(name) {
            #expect(item.skipped != nil, "\(name) is listed as unsupported but converts: update the list")
            return
        }
        MISPConversionChecks.expectValid(conversion.objects, name)
        if let gap = Self.objectGaps[name] {
            #expect(Self.pattern(conversion.objects) != Self.pattern(stix), "\(name) is a listed gap (\(gap)) but now matches")
            return
        }
        #expect(item.skipped == nil, "\(name) skipped: \(item.skipped ?? "")")
        MISPConversionChecks.expectValid(conversion.objects, name)
        let expectedTypes = Set(stix.compactMap { $0["type"]?.stringValue })
        let actualTypes = Set(conversion.objects.compactMap { $0["type"]?.stringValue })
        #expect(expectedTypes == actualTypes, "object types differ for \(name)")
        #expect(Self.pattern(conversion.objects) == Self.pattern(stix))
    }

    static func pattern(_ objects: [JSONValue]) -> String? {
        objects.first { $0["type"] == "indicator" }?["pattern"]?.stringValue
    }
}
