/// The predefined TLP marking-definition objects of STIX 2.1 (TLP 1.0) and the OASIS TLP 2.0 extension.
public enum TLPMarking {
    /// The id of the TLP 2.0 marking extension-definition.
    public static let tlp2ExtensionID = "extension-definition--60a3c5c5-0d10-413e-aab3-9e08dde9e88d"

    /// TLP 1.0 marking-definition ids (STIX 2.1 §7.2.1.4); WHITE maps to `.clear`.
    static let tlp1IDs: [(TLP, String, String)] = [
        (.clear, "white", "marking-definition--613f2e26-407d-48c7-9eca-b8e91df99dc9"),
        (.green, "green", "marking-definition--34098fce-860f-48ae-8e50-ebd3cc5e41da"),
        (.amber, "amber", "marking-definition--f88d31f6-486f-44da-b317-01333bde0b82"),
        (.red, "red", "marking-definition--5e57c739-391a-4eb3-b6be-7d15ca92d5ed"),
    ]

    /// TLP 2.0 marking-definition ids (OASIS cti-stix-common-objects, tlp-2.0).
    static let tlp2IDs: [(TLP, String)] = [
        (.clear, "marking-definition--94868c89-83c2-464b-929b-a1a8aa3c8487"),
        (.green, "marking-definition--bab4a63c-aed9-4cf5-a766-dfca5abac2bb"),
        (.amber, "marking-definition--55d920b0-5e8b-4f79-9ee9-91f868d9b421"),
        (.amberStrict, "marking-definition--939a9414-2ddd-4d32-a0cd-375ea402b003"),
        (.red, "marking-definition--e828b379-4e03-4974-9ac4-e53a884c97c1"),
    ]

    private static let levelsByID: [String: TLP] = {
        var levels: [String: TLP] = [:]
        for (level, _, id) in Self.tlp1IDs { levels[id] = level }
        for (level, id) in Self.tlp2IDs { levels[id] = level }
        return levels
    }()

    /// The TLP level of a predefined TLP 1.0 or 2.0 marking-definition id, or `nil` for any other id.
    public static func tlp(forMarkingRef ref: String) -> TLP? {
        Self.levelsByID[ref]
    }

    /// The TLP 2.0 marking-definition id for `level`.
    public static func markingRef(for level: TLP) -> String {
        Self.tlp2IDs.first { $0.0 == level }?.1 ?? ""
    }

    /// The most restrictive TLP among the object's `object_marking_refs`, or `nil` when none is a TLP marking.
    public static func effectiveTLP(of object: STIXObject) -> TLP? {
        object.objectMarkingRefs.compactMap(Self.tlp(forMarkingRef:)).max()
    }

    /// The nine predefined marking-definition objects, exactly as published: TLP 1.0 WHITE, GREEN,
    /// AMBER, RED (STIX 2.1 §7.2.1.4) then TLP 2.0 CLEAR, GREEN, AMBER, AMBER+STRICT, RED.
    public static var definitions: [STIXObject] {
        let tlp1: [JSONValue] = Self.tlp1IDs.map { _, name, id in
            [
                "type": "marking-definition",
                "spec_version": "2.1",
                "id": .string(id),
                "created": "2017-01-20T00:00:00.000Z",
                "definition_type": "tlp",
                "name": .string("TLP:" + name.uppercased()),
                "definition": ["tlp": .string(name)],
            ]
        }
        let tlp2: [JSONValue] = Self.tlp2IDs.map { level, id in
            [
                "type": "marking-definition",
                "spec_version": "2.1",
                "id": .string(id),
                "created": "2022-10-01T00:00:00.000Z",
                "name": .string(level.displayName),
                "extensions": [
                    Self.tlp2ExtensionID: [
                        "extension_type": "property-extension",
                        "tlp_2_0": .string(level.rawValue),
                    ]
                ],
            ]
        }
        return (tlp1 + tlp2).map { STIXObject(trustedProperties: $0.objectValue ?? JSONObject()) }
    }

    /// The TLP level a marking-definition object itself expresses, from either the TLP 1.0
    /// `definition.tlp` or the TLP 2.0 extension's `tlp_2_0`; `nil` for other markings.
    public static func tlp(ofDefinition object: STIXObject) -> TLP? {
        guard object.type == "marking-definition" else { return nil }
        if object.properties["definition_type"]?.stringValue == "tlp",
            let label = object.properties["definition"]?["tlp"]?.stringValue
        {
            return TLP(label: label)
        }
        if let label = object.extensions[Self.tlp2ExtensionID]?["tlp_2_0"]?.stringValue {
            return TLP(label: label)
        }
        return nil
    }
}
