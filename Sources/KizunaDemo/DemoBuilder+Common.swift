import Foundation
import STIX

/// The objects every scenario uses: relationships, indicators, sightings, reports and notes.
extension DemoBuilder {
    /// Adds a relationship `source –type→ target`.
    @discardableResult
    mutating func addRelationship(
        _ source: String,
        _ type: String,
        _ target: String,
        description: String? = nil
    ) -> String {
        var properties: [(String, JSONValue)] = [("relationship_type", .string(type))]
        if let description { properties.append(("description", .string(description))) }
        properties += [("source_ref", .string(source)), ("target_ref", .string(target))]
        return self.addDomainObject("relationship", properties)
    }

    /// Adds a STIX-pattern indicator and an `indicates` relationship to each of `indicates`.
    @discardableResult
    mutating func addIndicator(
        name: String,
        pattern: String,
        types: [String] = ["malicious-activity"],
        description: String? = nil,
        validForDays: Double? = nil,
        killChainPhases: [String] = [],
        labels: [String] = [],
        indicates targets: [String] = []
    ) -> String {
        let created = self.date()
        var properties: [(String, JSONValue)] = [("name", .string(name))]
        if let description { properties.append(("description", .string(description))) }
        properties += [
            ("indicator_types", .strings(types)),
            ("pattern", .string(pattern)),
            ("pattern_type", "stix"),
            ("pattern_version", "2.1"),
            ("valid_from", .timestamp(created)),
        ]
        if let validForDays {
            properties.append(("valid_until", .timestamp(created.addingTimeInterval(validForDays * 86_400))))
        }
        if !killChainPhases.isEmpty {
            properties.append(("kill_chain_phases", .array(killChainPhases.map(JSONValue.attackPhase))))
        }
        let id = self.addDomainObject("indicator", properties, created: created, labels: labels)
        for target in targets {
            self.addRelationship(id, "indicates", target)
        }
        return id
    }

    /// Adds a sighting of `sightedID` by the share's owner, `count` times within the window.
    @discardableResult
    mutating func addSighting(of sightedID: String, count: Int, description: String? = nil) -> String {
        let first = self.date()
        let last = count > 1 ? self.later(than: first, maxHours: 24 * 14) : first
        let created = self.later(than: last, maxHours: 6)
        var properties: [(String, JSONValue)] = []
        if let description { properties.append(("description", .string(description))) }
        properties += [
            ("first_seen", .timestamp(first)),
            ("last_seen", .timestamp(last)),
            ("count", .integer(count)),
            ("sighting_of_ref", .string(sightedID)),
            ("where_sighted_refs", .strings([self.owner])),
        ]
        return self.addDomainObject("sighting", properties, created: created)
    }

    /// Adds a report (an advisory when its owner publishes it to others).
    @discardableResult
    mutating func addReport(
        name: String,
        description: String,
        types: [String],
        objectRefs: [String],
        labels: [String] = []
    ) -> String {
        let created = self.date()
        return self.addDomainObject(
            "report",
            [
                ("name", .string(name)),
                ("description", .string(description)),
                ("report_types", .strings(types)),
                ("published", .timestamp(created)),
                ("object_refs", .strings(objectRefs)),
            ],
            created: created,
            labels: labels
        )
    }

    /// Adds an analyst note about `objectRefs`.
    @discardableResult
    mutating func addNote(abstract: String, content: String, author: String, objectRefs: [String]) -> String {
        self.addDomainObject(
            "note",
            [
                ("abstract", .string(abstract)),
                ("content", .string(content)),
                ("authors", .strings([author])),
                ("object_refs", .strings(objectRefs)),
            ]
        )
    }

    /// The next IPv4 address no other part of the demo uses.
    mutating func takeAddress() -> String {
        precondition(!self.unusedAddresses.isEmpty, "the demo address pool is exhausted")
        return self.unusedAddresses.removeLast()
    }
}

/// `value` quoted as a STIX pattern string literal.
func patternLiteral(_ value: String) -> String {
    let escaped = value.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "'", with: "\\'")
    return "'\(escaped)'"
}
