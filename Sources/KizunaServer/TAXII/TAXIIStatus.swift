import Foundation
import KizunaCore
import STIX

/// The status resource of one TAXII write: what was stored, what failed and why.
///
/// Writes complete before the answer, so nothing is ever pending. A resubmitted version that is
/// already stored is a failure saying so, not a silent success.
struct TAXIIStatus {
    let id: String
    let requestTime: Date
    let successes: [JSONValue]
    let failures: [JSONValue]

    init(id: String = UUID().uuidString.lowercased(), report: IngestReport, requestTime: Date) {
        self.id = id
        self.requestTime = requestTime
        var successes: [JSONValue] = []
        var failures: [JSONValue] = []
        for outcome in report.outcomes {
            // TAXII requires a version; objects without `modified` or `created` (SCOs) are versioned
            // by when they were received.
            let version = outcome.version ?? TAXIIController.timestamp(requestTime)
            var detail: JSONObject = [
                "id": outcome.id.map(JSONValue.string) ?? .string("objects[\(outcome.index)]"), "version": .string(version),
            ]
            switch outcome.status {
            case .created:
                successes.append(.object(detail))
            case .newVersion:
                detail["message"] = "stored as a new version"
                successes.append(.object(detail))
            case .unchanged:
                detail["message"] = "duplicate: this version of the object is already in the collection"
                failures.append(.object(detail))
            case .rejected:
                detail["message"] = .string(outcome.issues.map { "\($0.path): \($0.reason)" }.joined(separator: "; "))
                failures.append(.object(detail))
            }
        }
        self.successes = successes
        self.failures = failures
    }

    var json: JSONValue {
        [
            "id": .string(self.id), "status": "complete",
            "request_timestamp": .string(TAXIIController.timestamp(self.requestTime)),
            "total_count": .number(JSONNumber(self.successes.count + self.failures.count)),
            "success_count": .number(JSONNumber(self.successes.count)), "successes": .array(self.successes),
            "failure_count": .number(JSONNumber(self.failures.count)), "failures": .array(self.failures),
            "pending_count": 0, "pendings": [],
        ]
    }
}
