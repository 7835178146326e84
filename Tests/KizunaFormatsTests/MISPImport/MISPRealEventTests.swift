import KizunaFormats
import STIX
import Testing

/// Real CIRCL OSINT events and the MISP feed made from them.
@Suite("MISP import of real events and feeds")
struct MISPRealEventTests {
    /// What the input holds: attributes, objects and galaxy clusters (event- and attribute-level).
    struct InputCounts: Equatable {
        var attributes = 0
        var objects = 0
        var clusters = 0
    }

    static func inputCounts(_ root: JSONValue) -> InputCounts {
        let event = root["Event"] ?? root
        var counts = InputCounts()
        let attributes = event["Attribute"]?.arrayValue ?? []
        counts.attributes = attributes.count
        counts.objects = event["Object"]?.arrayValue?.count ?? 0
        for holder in [event] + attributes {
            for galaxy in holder["Galaxy"]?.arrayValue ?? [] {
                counts.clusters += galaxy["GalaxyCluster"]?.arrayValue?.count ?? 0
            }
        }
        return counts
    }

    /// The uuids of the items in the order the input lists them: sections in their order, each
    /// attribute followed by its galaxy clusters.
    static func inputOrder(_ root: JSONValue) -> [String?] {
        let event = root["Event"] ?? root
        var uuids: [String?] = []
        let clusters = { (holder: JSONValue) in
            (holder["Galaxy"]?.arrayValue ?? []).flatMap { $0["GalaxyCluster"]?.arrayValue ?? [] }.map { $0["uuid"]?.stringValue }
        }
        for (key, value) in event.objectValue ?? JSONObject() {
            switch key {
            case "Attribute":
                for attribute in value.arrayValue ?? [] { uuids += [attribute["uuid"]?.stringValue] + clusters(attribute) }
            case "Object":
                uuids += (value.arrayValue ?? []).map { $0["uuid"]?.stringValue }
            case "Galaxy":
                uuids += clusters(event)
            default:
                continue
            }
        }
        return uuids
    }

    static func outcomeCounts(_ conversion: MISPConversion) -> InputCounts {
        InputCounts(
            attributes: conversion.items.count { $0.kind == .attribute },
            objects: conversion.items.count { $0.kind == .object },
            clusters: conversion.items.count { $0.kind == .galaxyCluster }
        )
    }

    /// Converted and skipped items per event, computed from the input by a separate script with the
    /// rule: an attribute converts when its type has a STIX mapping (rule types such as `yara` or
    /// `port` only with `to_ids`), an object when its template is supported, a galaxy cluster when its
    /// galaxy type maps to an SDO; everything else (`text`, `comment`, `pdb`, `btc`, `pe`, `pe-section`,
    /// `virustotal-report`, `original-imported-file`, `guidelines` clusters, ...) is skipped; so is a
    /// `url` attribute without a scheme (one in HTML_event.json, eleven in long_event.json: host names,
    /// an IP address fragment and file paths, which STIX 2.1 does not allow as a `url` value).
    static let expectedOutcomes: [String: (converted: Int, skipped: Int)] = [
        "57c4445b-c548-4654-af0b-4be3950d210f.json": (7, 2),
        "HTML_event.json": (8, 5),
        "existing_event.json": (71, 1),
        "galaxy_1.json": (8, 5),
        "image_event.json": (29, 11),
        "long_event.json": (354, 16),
        "mainly_objects_1.json": (6, 11),
        "mainly_objects_2.json": (5, 11),
        "to_delete1.json": (74, 1),
        "to_delete2.json": (115, 1),
        "to_delete3.json": (71, 1),
        "very_long_event.json": (23, 9),
    ]

    @Test(
        "every CIRCL event converts, accounts for every item and validates", .enabled(if: MISPTestData.isAvailable),
        arguments: MISPTestData.circlEvents)
    func circlEvent(_ name: String) throws {
        let relative = "misp-events/circl-osint/" + name
        let conversions = try MISPImporter.convert(try MISPTestData.bytes(relative), source: name)
        let conversion = try #require(conversions.first)
        #expect(conversions.count == 1)
        #expect(Self.outcomeCounts(conversion) == Self.inputCounts(try MISPTestData.json(relative)))
        #expect(conversion.items.map(\.uuid) == Self.inputOrder(try MISPTestData.json(relative)))
        MISPConversionChecks.expectAccounted(conversion)
        MISPConversionChecks.expectValid(conversion.objects, name)
        let converted = conversion.items.count(where: \.isConverted)
        let expected = try #require(Self.expectedOutcomes[name])
        #expect(converted == expected.converted)
        #expect(conversion.items.count - converted == expected.skipped)
        #expect(conversion.tlp == .clear, "every CIRCL event is tagged tlp:white")
    }

    @Test("the MISP feed converts every manifest entry, in order", .enabled(if: MISPTestData.isAvailable))
    func feed() throws {
        let conversions = try MISPImporter.convertFeed(directory: MISPTestData.path("misp-feed"))
        guard case .object(let manifest) = try MISPTestData.json("misp-feed/manifest.json") else {
            Issue.record("manifest.json is not an object")
            return
        }
        #expect(conversions.map(\.eventUUID) == manifest.keys)
        for conversion in conversions {
            let input = try MISPTestData.json("misp-feed/\(conversion.eventUUID).json")
            #expect(Self.outcomeCounts(conversion) == Self.inputCounts(input), "\(conversion.eventUUID)")
            #expect(conversion.info == input["Event"]?["info"]?.stringValue)
            MISPConversionChecks.expectAccounted(conversion)
            MISPConversionChecks.expectValid(conversion.objects, conversion.eventUUID)
        }
    }

    @Test("converting an event twice gives the same objects with the same ids", .enabled(if: MISPTestData.isAvailable))
    func idempotent() throws {
        let bytes = try MISPTestData.bytes("misp-events/circl-osint/existing_event.json")
        let first = try MISPImporter.convert(bytes, source: "first")
        let second = try MISPImporter.convert(bytes, source: "second")
        #expect(first.flatMap(\.objects) == second.flatMap(\.objects))
        let ids = first.flatMap(\.objects).compactMap { $0["id"]?.stringValue }
        #expect(Set(ids).count == ids.count, "each object appears once")
    }
}
