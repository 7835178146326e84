import Foundation
import STIX
import Testing

/// Every object of the real ATT&CK and OASIS data parses, validates and round-trips.
@Suite("Real STIX data", .enabled(if: TestData.isAvailable, "needs KIZUNA_TEST_DATA (../shared/data)"))
struct RealDataTests {
    /// The objects of a file: the elements of a bundle, or the file itself when it is one object.
    static func entries(of file: String) throws -> [(path: String, value: JSONValue, raw: [UInt8])] {
        let bytes = try TestData.bytes(file)
        let top = try JSON.parse(bytes)
        if top["type"]?.stringValue == "bundle" {
            return try STIXBundle.parse(bytes).entries.map { ($0.path, $0.value, Array($0.raw)) }
        }
        return [("$", top, bytes)]
    }

    @Test("every object parses, validates without errors and round-trips", arguments: TestData.stixFiles)
    func roundTrip(_ file: String) throws {
        let entries = try Self.entries(of: file)
        #expect(!entries.isEmpty)
        var warnings: [ValidationIssue] = []
        for entry in entries {
            let object = try STIXObject(entry.value)
            let issues = STIXValidator.validate(object, at: entry.path)
            let errors = issues.filter { $0.severity == .error }
            #expect(errors.isEmpty, "\(file) \(object.id): \(errors)")
            warnings += issues.filter { $0.severity == .warning }

            let written = object.json()
            let reparsed = try JSON.parse(written)
            #expect(reparsed == entry.value)
            #expect(Self.sameKeyOrder(reparsed, entry.value), "\(object.id) lost key order")
            #expect(try JSON.parse(entry.raw) == entry.value)
            try Self.expectFoundationEqual(entry.raw, written, id: object.id)
        }
        print("\(file): \(entries.count) objects, \(warnings.count) warnings")
        for warning in warnings.prefix(10) {
            print("  \(warning)")
        }
    }

    /// Foundation's NSDictionary equality agrees that our output equals the original bytes.
    static func expectFoundationEqual(_ original: [UInt8], _ written: [UInt8], id: String) throws {
        let before = try JSONSerialization.jsonObject(with: Data(original)) as? NSDictionary
        let after = try JSONSerialization.jsonObject(with: Data(written)) as? NSDictionary
        #expect(before != nil && before == after, "\(id) differs after serialisation")
    }

    static func sameKeyOrder(_ lhs: JSONValue, _ rhs: JSONValue) -> Bool {
        switch (lhs, rhs) {
        case (.object(let left), .object(let right)):
            guard left.keys == right.keys else { return false }
            return left.allSatisfy { key, value in right[key].map { Self.sameKeyOrder(value, $0) } ?? false }
        case (.array(let left), .array(let right)):
            return left.count == right.count && zip(left, right).allSatisfy { Self.sameKeyOrder($0, $1) }
        default:
            return true
        }
    }

    @Test("the ATT&CK marking is a statement marking and objects keep it")
    func attackMarking() throws {
        let entries = try Self.entries(of: "mitre-attack/ics-attack-18.1.json")
        let objects = try entries.map { try STIXObject($0.value) }
        let marking = try #require(objects.first { $0.type == "marking-definition" })
        #expect(marking.properties["definition_type"] == "statement")
        #expect(TLPMarking.effectiveTLP(of: marking) == nil)
        #expect(objects.contains { $0.objectMarkingRefs.contains(marking.id) })
        #expect(objects.filter { $0.category == .custom }.allSatisfy { $0.type.hasPrefix("x-mitre-") })
    }
}
