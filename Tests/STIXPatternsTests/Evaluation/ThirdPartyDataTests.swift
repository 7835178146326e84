import Foundation
import STIX
import STIXPatterns
import Testing

/// Runs the evaluator over misp-stix's test bundles (observed-data with the indicators made from the same
/// MISP attributes). Expected outcomes were obtained with stix2-matcher 3.0.0 (`stix_version='2.1'`).
@Suite("Evaluation: third-party bundles")
struct ThirdPartyDataTests {
    static let directory = "misp-stix/tests"

    static func bundle(_ name: String) throws -> JSONValue {
        let url = TestData.directory.appendingPathComponent(Self.directory).appendingPathComponent(name)
        return try JSON.parse([UInt8](try Data(contentsOf: url)))
    }

    @Test(
        "every indicator of a misp-stix STIX 2.1 bundle matches the bundle's observed data, as in stix2-matcher",
        arguments: [
            ("test_attributes_collection_stix21.json", 4, 3), ("test_event1_stix21.json", 2, 1), ("test_event2_stix21.json", 2, 2),
            ("test_events_collection_stix21.json", 4, 3), ("test_objects_collection_stix21.json", 4, 3),
        ])
    func stix21(file: String, observationCount: Int, indicatorCount: Int) throws {
        guard TestData.exists(Self.directory) else {
            print("skipped: no third-party data at \(TestData.directory.path)")
            return
        }
        let bundle = try Self.bundle(file)
        let observations = try Observation.collect(from: [bundle])
        #expect(observations.count == observationCount)
        let patterns = (bundle["objects"]?.arrayValue ?? []).compactMap { object -> String? in
            guard object["type"]?.stringValue == "indicator", object["pattern_type"]?.stringValue == "stix" else { return nil }
            return object["pattern"]?.stringValue
        }
        #expect(patterns.count == indicatorCount)
        for pattern in patterns {
            let matcher = PatternMatcher(try Pattern.parse(pattern))
            let match = matcher.match(observations)
            #expect(match != nil, "no match for \(pattern)")
            #expect(match.map { $0.observationIDs.allSatisfy { $0.hasPrefix("observed-data--") } } ?? false)
        }
    }

    @Test(
        "misp-stix STIX 2.0 bundles (objects dictionaries) collect into observations",
        arguments: [
            ("test_attributes_collection_stix20.json", 4), ("test_event1_stix20.json", 2), ("test_event2_stix20.json", 2),
            ("test_events_collection_stix20.json", 4), ("test_objects_collection_stix20.json", 4),
        ])
    func stix20(file: String, observationCount: Int) throws {
        guard TestData.exists(Self.directory) else {
            print("skipped: no third-party data at \(TestData.directory.path)")
            return
        }
        let observations = try Observation.collect(from: [try Self.bundle(file)])
        #expect(observations.count == observationCount)
        #expect(observations.allSatisfy { !$0.objects.isEmpty })
    }
}
