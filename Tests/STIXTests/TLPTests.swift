import STIX
import Testing

@Suite("TLP markings")
struct TLPTests {
    @Test("levels are ordered from CLEAR to RED")
    func ordering() {
        #expect(TLP.allCases.sorted() == [.clear, .green, .amber, .amberStrict, .red])
        #expect(TLP.amberStrict.displayName == "TLP:AMBER+STRICT")
        #expect(TLP.clear.displayName == "TLP:CLEAR")
    }

    @Test(
        "labels parse case-insensitively, WHITE meaning CLEAR",
        arguments: [
            ("clear", TLP.clear), ("white", .clear), ("TLP:WHITE", .clear), ("TLP:GREEN", .green), ("tlp:amber", .amber),
            ("amber+strict", .amberStrict), ("TLP:AMBER+STRICT", .amberStrict), (" Red ", .red),
        ])
    func labels(_ label: String, _ level: TLP) {
        #expect(TLP(label: label) == level)
    }

    @Test("unknown labels are rejected")
    func unknownLabel() {
        #expect(TLP(label: "purple") == nil)
        #expect(TLP(label: "TLP:") == nil)
    }

    @Test(
        "TLP 1.0 and 2.0 marking ids map to levels",
        arguments: [
            ("marking-definition--613f2e26-407d-48c7-9eca-b8e91df99dc9", TLP.clear),
            ("marking-definition--34098fce-860f-48ae-8e50-ebd3cc5e41da", .green),
            ("marking-definition--f88d31f6-486f-44da-b317-01333bde0b82", .amber),
            ("marking-definition--5e57c739-391a-4eb3-b6be-7d15ca92d5ed", .red),
            ("marking-definition--94868c89-83c2-464b-929b-a1a8aa3c8487", .clear),
            ("marking-definition--bab4a63c-aed9-4cf5-a766-dfca5abac2bb", .green),
            ("marking-definition--55d920b0-5e8b-4f79-9ee9-91f868d9b421", .amber),
            ("marking-definition--939a9414-2ddd-4d32-a0cd-375ea402b003", .amberStrict),
            ("marking-definition--e828b379-4e03-4974-9ac4-e53a884c97c1", .red),
        ])
    func markingIDs(_ id: String, _ level: TLP) {
        #expect(TLPMarking.tlp(forMarkingRef: id) == level)
    }

    @Test("markingRef gives the TLP 2.0 id for each level")
    func markingRefs() {
        for level in TLP.allCases {
            #expect(TLPMarking.tlp(forMarkingRef: TLPMarking.markingRef(for: level)) == level)
        }
        #expect(TLPMarking.markingRef(for: .amberStrict) == "marking-definition--939a9414-2ddd-4d32-a0cd-375ea402b003")
        #expect(TLPMarking.tlp(forMarkingRef: "marking-definition--5e57c739-391a-4eb3-b6be-7d15ca92d5ec") == nil)
    }

    @Test("the most restrictive TLP marking wins")
    func effective() throws {
        let object = try STIXObject([
            "type": "indicator", "id": "indicator--8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f",
            "object_marking_refs": [
                "marking-definition--34098fce-860f-48ae-8e50-ebd3cc5e41da",  // 1.0 GREEN
                "marking-definition--939a9414-2ddd-4d32-a0cd-375ea402b003",  // 2.0 AMBER+STRICT
                "marking-definition--55d920b0-5e8b-4f79-9ee9-91f868d9b421",  // 2.0 AMBER
                "marking-definition--fa42a846-8d90-4e51-bc29-71d5b4802168",  // a statement
            ],
        ])
        #expect(TLPMarking.effectiveTLP(of: object) == .amberStrict)
        let unmarked = object.setting("object_marking_refs", to: ["marking-definition--fa42a846-8d90-4e51-bc29-71d5b4802168"])
        #expect(TLPMarking.effectiveTLP(of: unmarked) == nil)
        let red = object.setting("object_marking_refs", to: ["marking-definition--5e57c739-391a-4eb3-b6be-7d15ca92d5ed"])
        #expect(TLPMarking.effectiveTLP(of: red) == .red)
    }

    @Test("the nine predefined definitions are exactly as published and validate")
    func definitions() throws {
        let definitions = TLPMarking.definitions
        #expect(definitions.count == 9)
        #expect(
            JSON.serializeString(definitions[0].jsonValue) == """
                {"type":"marking-definition","spec_version":"2.1","id":"marking-definition--613f2e26-407d-48c7-9eca-b8e91df99dc9",\
                "created":"2017-01-20T00:00:00.000Z","definition_type":"tlp","name":"TLP:WHITE","definition":{"tlp":"white"}}
                """)
        #expect(
            JSON.serializeString(definitions[7].jsonValue) == """
                {"type":"marking-definition","spec_version":"2.1","id":"marking-definition--939a9414-2ddd-4d32-a0cd-375ea402b003",\
                "created":"2022-10-01T00:00:00.000Z","name":"TLP:AMBER+STRICT","extensions":{"extension-definition--60a3c5c5-0d10-413e-aab3-9e08dde9e88d":\
                {"extension_type":"property-extension","tlp_2_0":"amber+strict"}}}
                """)
        for definition in definitions {
            #expect(STIXValidator.validate(definition).isEmpty, "\(definition.id)")
            #expect(TLPMarking.tlp(ofDefinition: definition) == TLPMarking.tlp(forMarkingRef: definition.id))
        }
    }
}
