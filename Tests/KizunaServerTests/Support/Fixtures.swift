import Foundation
import STIX

/// Builders for STIX objects used by the tests.
enum Fixtures {
    /// An indicator for a phishing domain, with an optional TLP marking.
    static func indicator(
        id: String = STIXIdentifier.make(type: "indicator"), name: String = "Phishing domain",
        domain: String = "login-sakura-bank.example", tlp: TLP? = nil, modified: String = "2026-01-02T03:04:05.000Z",
        labels: [String] = []
    ) -> JSONValue {
        var object: JSONObject = [
            "type": "indicator", "spec_version": "2.1", "id": .string(id), "created": "2026-01-01T00:00:00.000Z",
            "modified": .string(modified), "name": .string(name), "pattern": .string("[domain-name:value = '\(domain)']"),
            "pattern_type": "stix", "valid_from": "2026-01-01T00:00:00Z",
        ]
        if let tlp { object["object_marking_refs"] = [.string(TLPMarking.markingRef(for: tlp))] }
        if !labels.isEmpty { object["labels"] = .array(labels.map(JSONValue.string)) }
        return .object(object)
    }
}
