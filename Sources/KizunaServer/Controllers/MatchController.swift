import Foundation
import Hummingbird
import KizunaCore
import STIX
import STIXPatterns

/// `POST /api/v1/match`: observables, SCOs or observed-data against the indicators the requester may read.
struct MatchController {
    let matching: MatchService
    /// The largest request body accepted, in bytes.
    let maxBodyBytes: Int

    static let fields: Set<String> = ["observables", "objects", "bundle", "record_sightings", "audience"]

    func addRoutes(to routes: RouteRecorder) {
        routes.on(.post, "/api/v1/match", self.match)
    }

    @Sendable func match(_ request: Request, context: KizunaRequestContext) async throws -> Response {
        let requester = try context.requireRequester()
        let fields = try await RequestFields.read(request, upTo: self.maxBodyBytes)
        try fields.allowOnly(Self.fields)
        let object = fields.object
        let input = try Self.input(object)
        let audience = try Self.sightingAudience(object)
        let result = try await self.matching.match(input, requester: requester, sightings: audience)
        let response: JSONValue = [
            "matched": .number(JSONNumber(result.matches.count)),
            "matches": .array(result.matches.map(Self.present)),
            "sightings": .array(result.sightingIDs.map(JSONValue.string)),
        ]
        return .json(response)
    }

    /// Exactly one of `observables`, `objects` (observed-data and SCOs) or `bundle`.
    static func input(_ object: JSONObject) throws -> MatchInput {
        let given = ["observables", "objects", "bundle"].filter { object[$0] != nil }
        guard given.count == 1 else {
            throw KizunaError.invalidInput(
                path: "$",
                reason: "give exactly one of 'observables', 'objects' or 'bundle' (got \(given.isEmpty ? "none" : given.joined(separator: ", ")))")
        }
        if let list = object["observables"] {
            guard let items = list.arrayValue, !items.isEmpty else {
                throw KizunaError.invalidInput(path: "$.observables", reason: "expected a non-empty array of observables")
            }
            return .observables(
                try items.enumerated().map { index, item in
                    guard let observable = item.objectValue else {
                        throw KizunaError.invalidInput(
                            path: "$.observables[\(index)]", reason: "expected an object with 'type' and 'value', or an SCO")
                    }
                    return observable
                })
        }
        let path = object["bundle"] != nil ? "$.bundle.objects" : "$.objects"
        guard let objects = (object["bundle"]?["objects"] ?? object["objects"])?.arrayValue else {
            throw KizunaError.invalidInput(path: path, reason: "expected an array of observed-data objects and the SCOs they reference")
        }
        let observations: [Observation]
        do {
            observations = try Observation.collect(from: objects)
        } catch {
            throw KizunaError.invalidInput(path: path, reason: error.description)
        }
        guard !observations.isEmpty else {
            throw KizunaError.invalidInput(path: path, reason: "no observed-data object to match")
        }
        return .observations(observations)
    }

    /// The audience for sightings when `record_sightings` is true (`audience`, default organisation).
    static func sightingAudience(_ object: JSONObject) throws -> AudienceName? {
        if let flag = object["record_sightings"], flag.boolValue == nil {
            throw KizunaError.invalidInput(path: "$.record_sightings", reason: "expected true or false")
        }
        guard object["record_sightings"]?.boolValue == true else {
            if object["audience"] != nil {
                throw KizunaError.invalidInput(path: "$.audience", reason: "an audience is only used with \"record_sightings\": true")
            }
            return nil
        }
        guard let text = object["audience"].map({ $0.stringValue }) ?? "organisation" else {
            throw KizunaError.invalidInput(path: "$.audience", reason: "expected a string")
        }
        guard let audience = AudienceName(text) else {
            throw KizunaError.invalidInput(path: "$.audience", reason: "'\(text)' is not organisation, group:<name>, community or federation")
        }
        return audience
    }

    static func present(_ match: IndicatorMatch) -> JSONValue {
        [
            "indicator": [
                "id": .string(match.id), "name": match.name.map(JSONValue.string) ?? .null, "tlp": .string(match.tlp.rawValue),
                "owner": .number(JSONNumber(Int(match.owner))), "pattern": .string(match.pattern),
            ],
            "matched_by": .array(match.matchedBy.map(JSONValue.string)),
        ]
    }
}
