import Foundation
import STIX
import STIXPatterns

extension MatchService {
    /// Stores one STIX `sighting` per matched indicator id, owned by the requester's organisation
    /// (`created_by_ref` and `where_sighted_refs` its identity) and shared with `audience`.
    /// - Returns: The ids of the sightings stored.
    func recordSightings(
        _ matches: [IndicatorMatch], input: MatchInput, requester: Requester, audience: AudienceName, now: Date
    ) async throws -> [String] {
        guard let organisation = try await self.store.organisation(id: requester.organisationID) else {
            throw KizunaError.notFound(what: "organisation \(requester.organisationID)")
        }
        var windows: [String: (first: Timestamp, last: Timestamp, count: Int)] = [:]
        if case .observations(let observations) = input {
            for observation in observations {
                windows[observation.id] = (observation.firstObserved, observation.lastObserved, observation.numberObserved)
            }
        }
        let stamp = Timestamp(date: now).text
        // Several organisations' copies of one indicator id make one sighting of that id.
        var sightings: [JSONValue] = []
        for (id, copies) in Dictionary(grouping: matches, by: \.id).sorted(by: { $0.key < $1.key }) {
            let bound = Set(copies.flatMap(\.matchedBy)).sorted()
            let observed = bound.compactMap { windows[$0] }
            var sighting: JSONObject = [
                "type": "sighting", "spec_version": "2.1", "id": .string("sighting--\(UUID().uuidString.lowercased())"),
                "created": .string(stamp), "modified": .string(stamp), "created_by_ref": .string(organisation.identityID),
                "sighting_of_ref": .string(id), "where_sighted_refs": [.string(organisation.identityID)],
                "count": .number(JSONNumber(observed.isEmpty ? bound.count : observed.map(\.count).reduce(0, +))),
                "first_seen": .string(observed.map(\.first).min()?.text ?? stamp),
                "last_seen": .string(observed.map(\.last).max()?.text ?? stamp),
                "description": .string("Matched by Kizuna against \(bound.joined(separator: ", "))"),
            ]
            let observedData = bound.filter { $0.hasPrefix("observed-data--") }
            if !observedData.isEmpty { sighting["observed_data_refs"] = .array(observedData.map(JSONValue.string)) }
            sightings.append(.object(sighting))
        }
        let bundle: JSONValue = [
            "type": "bundle", "id": .string("bundle--\(UUID().uuidString.lowercased())"), "objects": .array(sightings),
        ]
        let report = try await IntakeService(store: self.store).ingest(
            bundle: JSON.serialize(bundle), audience: audience, requester: requester)
        let rejected = report.outcomes.filter { $0.status == .rejected }
        if let first = rejected.first {
            throw KizunaError.invalidInput(
                path: "record_sightings", reason: first.issues.map { "\($0.path): \($0.reason)" }.joined(separator: "; "))
        }
        return report.outcomes.compactMap(\.id)
    }
}
