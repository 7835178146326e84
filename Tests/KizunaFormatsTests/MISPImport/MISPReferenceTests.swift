import KizunaFormats
import STIX
import Testing

/// misp-stix's own test inputs against the STIX 2.1 bundles its tests expect.
@Suite("MISP import matches misp-stix's expected STIX 2.1 output")
struct MISPReferenceTests {
    /// One misp-stix test: MISP inputs and the expected bundle.
    struct Pair: CustomTestStringConvertible, Sendable {
        let inputs: [String]
        let expected: String
        let isCollection: Bool
        var testDescription: String { "\(self.inputs.joined(separator: " + ")) → \(self.expected)" }
    }

    static let pairs: [Pair] = [
        Pair(inputs: ["test_events_collection_1.json"], expected: "test_event1_stix21.json", isCollection: false),
        Pair(inputs: ["test_events_collection_2.json"], expected: "test_event2_stix21.json", isCollection: false),
        Pair(
            inputs: ["test_events_collection_1.json", "test_events_collection_2.json"],
            expected: "test_events_collection_stix21.json", isCollection: false
        ),
        Pair(
            inputs: ["test_attributes_collection_1.json", "test_attributes_collection_2.json"],
            expected: "test_attributes_collection_stix21.json", isCollection: true
        ),
        Pair(
            inputs: ["test_objects_collection_1.json", "test_objects_collection_2.json"],
            expected: "test_objects_collection_stix21.json", isCollection: true
        ),
    ]

    static func convert(_ pair: Pair) throws -> [JSONValue] {
        var objects: [JSONValue] = []
        for input in pair.inputs {
            let bytes = try MISPTestData.bytes("misp-stix/tests/" + input)
            if pair.isCollection {
                objects += try MISPImporter.convertCollection(bytes, source: input).objects
            } else {
                objects += try MISPImporter.convert(bytes, source: input).flatMap(\.objects)
            }
        }
        // A bundle holds each object once: the events share their creator identity.
        var seen: Set<String> = []
        return objects.filter { seen.insert($0["id"]?.stringValue ?? "").inserted }
    }

    @Test("same objects, SCO values, patterns, markings and relationships", .enabled(if: MISPTestData.isAvailable), arguments: Self.pairs)
    func sameSignatures(_ pair: Pair) throws {
        let actual = MISPOutputSignature.signatures(of: try Self.convert(pair))
        let expected = MISPOutputSignature.signatures(of: try MISPTestData.bundleObjects("misp-stix/tests/" + pair.expected))
        let difference = MISPOutputSignature.difference(expected: expected, actual: actual)
        #expect(difference.missing.isEmpty, "missing from our output: \(difference.missing)")
        #expect(difference.extra.isEmpty, "only in our output: \(difference.extra)")
    }
}
