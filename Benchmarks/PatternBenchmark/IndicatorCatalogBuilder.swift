import Foundation
import KizunaCore
import STIX

/// Builds the product's ``CatalogSnapshot`` from bare patterns, as stored indicators would fill it.
enum IndicatorCatalogBuilder {
    /// The owner of every generated indicator.
    static let owner: Organisation.ID = 1

    /// The id of the indicator made from pattern number `number`; ``patternNumber(of:)`` reads it back.
    static func indicatorID(_ number: Int) -> String {
        let digits = String(number)
        return "indicator--00000000-0000-4000-8000-" + String(repeating: "0", count: max(0, 12 - digits.count)) + digits
    }

    /// The pattern number an id made by ``indicatorID(_:)`` stands for.
    static func patternNumber(of id: String) -> Int? {
        Int(id.suffix(12))
    }

    /// Files one STIX 2.1 indicator per pattern (valid from 2020, TLP:GREEN, community).
    /// - Returns: The snapshot and the numbers of the patterns it did not file (they do not parse).
    static func build(_ patterns: [String]) -> (snapshot: CatalogSnapshot, unfiled: [Int]) {
        var snapshot = CatalogSnapshot()
        var unfiled: [Int] = []
        for (number, pattern) in patterns.enumerated() {
            let id = Self.indicatorID(number)
            let indicator: JSONValue = [
                "type": "indicator", "spec_version": "2.1", "id": .string(id),
                "created": "2020-01-01T00:00:00.000Z", "modified": "2020-01-01T00:00:00.000Z",
                "name": .string("benchmark pattern \(number)"), "pattern": .string(pattern), "pattern_type": "stix",
                "valid_from": "2020-01-01T00:00:00Z",
            ]
            let stored = StoredObject(
                sequence: Int64(number + 1), id: id, type: "indicator", modified: "2020-01-01T00:00:00.000Z", owner: Self.owner,
                tlp: .green, audience: .community, dateAdded: Date(timeIntervalSince1970: 1_577_836_800), isLatest: true,
                json: JSON.serialize(indicator))
            if snapshot.add(stored) == nil { unfiled.append(number) }
        }
        return (snapshot, unfiled)
    }
}
