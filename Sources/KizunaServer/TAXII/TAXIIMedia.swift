import Foundation
import Hummingbird
import KizunaCore

/// TAXII 2.1 media types and the checks of `Accept` and `Content-Type`.
enum TAXIIMedia {
    static let taxii = "application/taxii+json;version=2.1"
    static let stix = "application/stix+json;version=2.1"

    /// Refuses (406) a request whose `Accept` admits no TAXII 2.1 response.
    static func checkAccept(_ request: Request) throws {
        guard let accept = request.headers[.accept], !accept.isEmpty else { return }
        let ranges = accept.split(separator: ",").map { Self.normalise(String($0)) }
        let acceptable = ranges.contains { range in
            range.type == "*/*" || range.type == "application/*"
                || (range.type == "application/taxii+json" && (range.version == nil || range.version == "2.1"))
        }
        guard acceptable else {
            throw KizunaError.notAcceptable(reason: "this TAXII server answers with \(Self.taxii); Accept was '\(accept)'")
        }
    }

    /// Refuses (415) a request body that is not a TAXII 2.1 envelope (`application/taxii+json`).
    static func checkContentType(_ request: Request) throws {
        let header = request.headers[.contentType] ?? ""
        let range = Self.normalise(header)
        let supported = range.type == "application/taxii+json" && (range.version == nil || range.version == "2.1")
        guard supported else {
            throw KizunaError.unsupportedMediaType(
                reason: "send objects as \(Self.taxii); Content-Type was '\(header.isEmpty ? "(none)" : header)'")
        }
    }

    /// A media range's type and its `version` parameter, lower-cased and without spaces.
    static func normalise(_ text: String) -> (type: String, version: String?) {
        let parts = text.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
        let version = parts.dropFirst().first { $0.hasPrefix("version=") }.map { String($0.dropFirst(8)) }
        return (parts.first ?? "", version)
    }
}
