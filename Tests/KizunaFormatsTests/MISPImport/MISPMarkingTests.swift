import KizunaFormats
import STIX
import Testing

/// `tlp:*` tags become TLP marking references on what the event makes; other tags become labels.
@Suite("MISP TLP tags become STIX markings")
struct MISPMarkingTests {
    static func conversion(eventTags: [String], attributeTags: [String] = []) throws -> MISPConversion {
        let attribute: JSONValue = [
            "uuid": "4bb235a7-7d25-4aef-802f-2c6b45c5eceb", "type": "domain", "category": "Network activity", "value": "evil.example",
            "to_ids": true, "timestamp": "1603642920", "Tag": .array(attributeTags.map { ["name": .string($0)] }),
        ]
        let event: JSONValue = [
            "uuid": "0b9b1b43-6c63-4c5e-9f4a-2f0c2a7e5d11", "info": "marking test", "timestamp": "1603642920",
            "Orgc": ["uuid": "a0c22599-9e58-4da4-96ac-7051603fa951", "name": "MISP-Project"],
            "Tag": .array(eventTags.map { ["name": .string($0)] }), "Attribute": [attribute],
        ]
        return try #require(try MISPImporter.convert(JSON.serialize(["Event": event]), source: "test").first)
    }

    /// The TLP of every object made from the event (the identity and marking definitions aside).
    static func levels(_ conversion: MISPConversion) -> Set<TLP?> {
        Set(
            conversion.objects.filter { $0["type"] != "identity" && $0["type"] != "marking-definition" }.map { object in
                (object["object_marking_refs"]?.stringArrayValue ?? []).compactMap(TLPMarking.tlp(forMarkingRef:)).max()
            })
    }

    @Test(
        "an event's TLP tag marks every object, with the STIX 2.1 or TLP 2.0 definition",
        arguments: [
            ("tlp:white", TLP.clear, "marking-definition--613f2e26-407d-48c7-9eca-b8e91df99dc9"),
            ("tlp:clear", TLP.clear, "marking-definition--94868c89-83c2-464b-929b-a1a8aa3c8487"),
            ("tlp:green", TLP.green, "marking-definition--34098fce-860f-48ae-8e50-ebd3cc5e41da"),
            ("tlp:amber", TLP.amber, "marking-definition--f88d31f6-486f-44da-b317-01333bde0b82"),
            ("TLP:AMBER+STRICT", TLP.amberStrict, "marking-definition--939a9414-2ddd-4d32-a0cd-375ea402b003"),
            ("tlp:red", TLP.red, "marking-definition--5e57c739-391a-4eb3-b6be-7d15ca92d5ed"),
        ]
    )
    func eventMarking(_ tag: String, _ level: TLP, _ definition: String) throws {
        let conversion = try Self.conversion(eventTags: [tag, "type:OSINT"])
        #expect(conversion.tlp == level)
        #expect(Self.levels(conversion) == [level])
        #expect(conversion.objects.contains { $0["id"]?.stringValue == definition && $0["type"] == "marking-definition" })
        let grouping = try #require(conversion.objects.first { $0["type"] == "grouping" })
        #expect(grouping["object_marking_refs"] == [.string(definition)])
        #expect(grouping["labels"] == ["type:OSINT"])
        MISPConversionChecks.expectValid(conversion.objects, tag)
    }

    @Test("an attribute's own TLP tag overrides the event's for what the attribute makes")
    func attributeOverride() throws {
        let conversion = try Self.conversion(eventTags: ["tlp:green"], attributeTags: ["tlp:red", "kill-chain:Delivery"])
        #expect(conversion.tlp == .green)
        let made = Set(conversion.items[0].stixIDs)
        for object in conversion.objects where made.contains(object["id"]?.stringValue ?? "") {
            let refs = object["object_marking_refs"]?.stringArrayValue ?? []
            #expect(refs.compactMap(TLPMarking.tlp(forMarkingRef:)) == [.red], "\(object["id"]?.stringValue ?? "")")
        }
        let indicator = try #require(conversion.objects.first { $0["type"] == "indicator" })
        #expect(indicator["labels"]?.stringArrayValue?.contains("kill-chain:Delivery") == true)
        #expect(indicator["labels"]?.stringArrayValue?.contains("tlp:red") == false)
    }

    @Test("an event without a TLP tag has no markings")
    func unmarked() throws {
        let conversion = try Self.conversion(eventTags: ["type:OSINT"])
        #expect(conversion.tlp == nil)
        #expect(Self.levels(conversion) == [nil])
        #expect(!conversion.objects.contains { $0["type"] == "marking-definition" })
    }
}
