import KizunaFormats
import STIX
import Testing

/// misp-stix's documented galaxy mappings, and the relationships made for attribute galaxies.
@Suite("MISP galaxy clusters become ATT&CK-style STIX objects")
struct MISPGalaxyTests {
    /// Galaxies misp-stix maps to `location` or `identity`, which this importer skips with a reason.
    static let unsupportedGalaxies: Set<String> = ["Country", "Regions UN M49", "Sector", "STIX 2.1 Location"]

    static let entries: [String] = {
        guard MISPTestData.isAvailable,
            case .object(let entries)? = try? MISPTestData.json("misp-stix/documentation/mapping/misp_galaxies_to_stix21.json")
        else { return [] }
        return entries.keys
    }()

    static func event(galaxies: [JSONValue], attributes: [JSONValue] = [], tags: [String] = []) -> [UInt8] {
        let event: JSONValue = [
            "uuid": "0b9b1b43-6c63-4c5e-9f4a-2f0c2a7e5d11", "info": "galaxy test", "timestamp": "1603642920",
            "Orgc": ["uuid": "a0c22599-9e58-4da4-96ac-7051603fa951", "name": "MISP-Project"],
            "Tag": .array(tags.map { ["name": .string($0)] }), "Attribute": .array(attributes), "Galaxy": .array(galaxies),
        ]
        return JSON.serialize(["Event": event])
    }

    @Test(
        "each documented galaxy gives misp-stix's object type, name and external ids", .enabled(if: MISPTestData.isAvailable), arguments: Self.entries
    )
    func documentedGalaxy(_ name: String) throws {
        let entry = try #require(try MISPTestData.json("misp-stix/documentation/mapping/misp_galaxies_to_stix21.json")[name])
        let galaxy = try #require(entry["MISP"])
        let expected = try #require(entry["STIX"].map { $0.arrayValue ?? [$0] }?.first)
        let conversion = try #require(try MISPImporter.convert(Self.event(galaxies: galaxy.arrayValue ?? [galaxy]), source: name).first)
        let item = try #require(conversion.items.first)
        if Self.unsupportedGalaxies.contains(name) {
            #expect(item.skipped != nil, "\(name) is listed as unsupported but converts: update the list")
            return
        }
        #expect(item.skipped == nil, "\(item.skipped ?? "")")
        let made = try #require(conversion.objects.first { $0["id"] == expected["id"] }, "no \(expected["id"]?.stringValue ?? "?")")
        #expect(made["type"] == expected["type"])
        #expect(made["name"] == expected["name"])
        let ids = { (object: JSONValue) in (object["external_references"]?.arrayValue ?? []).compactMap { $0["external_id"]?.stringValue } }
        #expect(ids(made) == ids(expected))
        #expect(made["kill_chain_phases"] == expected["kill_chain_phases"])
        MISPConversionChecks.expectValid(conversion.objects, name)
    }

    @Test("an attribute's galaxy is related by 'indicates' from its indicator, and its tag is not a label")
    func attributeGalaxy() throws {
        let cluster: JSONValue = [
            "uuid": "b8eb28e4-48a6-40ae-951a-328714f75eda", "type": "mitre-malware", "value": "BISCUIT - S0017",
            "tag_name": "misp-galaxy:mitre-malware=\"BISCUIT - S0017\"", "meta": ["external_id": "S0017"],
        ]
        let attribute: JSONValue = [
            "uuid": "4bb235a7-7d25-4aef-802f-2c6b45c5eceb", "type": "domain", "category": "Network activity", "value": "evil.example",
            "to_ids": true, "timestamp": "1603642920", "Tag": [["name": "misp-galaxy:mitre-malware=\"BISCUIT - S0017\""]],
            "Galaxy": [["name": "Malware", "type": "mitre-malware", "GalaxyCluster": [cluster]]],
        ]
        let conversion = try #require(try MISPImporter.convert(Self.event(galaxies: [], attributes: [attribute]), source: "test").first)
        let relationship = try #require(conversion.objects.first { $0["relationship_type"] == "indicates" })
        #expect(relationship["source_ref"] == "indicator--4bb235a7-7d25-4aef-802f-2c6b45c5eceb")
        #expect(relationship["target_ref"] == "malware--b8eb28e4-48a6-40ae-951a-328714f75eda")
        let indicator = try #require(conversion.objects.first { $0["type"] == "indicator" })
        #expect(indicator["labels"]?.stringArrayValue?.contains { $0.hasPrefix("misp-galaxy:") } == false)
        #expect(conversion.items.map(\.kind) == [.attribute, .galaxyCluster])
        MISPConversionChecks.expectValid(conversion.objects, "attribute galaxy")
    }
}
