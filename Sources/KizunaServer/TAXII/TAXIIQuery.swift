import Crypto
import Foundation
import HummingbirdCore
import KizunaCore
import STIX

/// The filters and paging of a TAXII objects, manifest or versions request.
struct TAXIIQuery {
    static let defaultLimit = 100
    static let maximumLimit = 10_000

    var query: ObjectQuery
    /// The paging token's fingerprint of everything but `limit` and `next`, so a `next` used
    /// with another query is refused rather than misread.
    let fingerprint: String

    /// Reads `limit`, `next`, `added_after` and `match[id|type|version|spec_version]`.
    /// - Parameter allowed: the `match[...]` fields this endpoint takes.
    init(_ parameters: FlatDictionary<Substring, Substring>, allowed: Set<String>, defaultVersions: VersionMatch = .latest) throws {
        var query = ObjectQuery()
        query.versions = defaultVersions
        query.limit = Self.defaultLimit
        query.includeRevoked = true
        var canonical: [String] = []
        for (key, value) in parameters {
            // Hummingbird decodes values but not keys: clients send `match%5Bid%5D`.
            let key = String(key).removingPercentEncoding ?? String(key)
            let value = String(value)
            switch key {
            case "limit":
                guard let limit = Int(value), limit > 0 else {
                    throw KizunaError.invalidInput(path: "limit", reason: "'\(value)' is not a positive integer")
                }
                query.limit = min(limit, Self.maximumLimit)
                continue
            case "next":
                continue
            case "added_after":
                guard let timestamp = Timestamp(value) else {
                    throw KizunaError.invalidInput(path: "added_after", reason: "'\(value)' is not an RFC 3339 UTC timestamp")
                }
                query.addedAfter = timestamp.date
            case "match[id]" where allowed.contains("id"):
                query.ids = Self.list(value)
            case "match[type]" where allowed.contains("type"):
                query.types = Self.list(value)
            case "match[version]" where allowed.contains("version"):
                switch VersionMatch.parse(value) {
                case .success(let versions): query.versions = versions
                case .failure(let error):
                    throw KizunaError.invalidInput(
                        path: "match[version]", reason: "'\(error.item)' is not last, first, all or an RFC 3339 timestamp")
                }
            case "match[spec_version]" where allowed.contains("spec_version"):
                query.specVersions = Self.list(value)
            default:
                let known = ["limit", "next", "added_after"] + allowed.sorted().map { "match[\($0)]" }
                throw KizunaError.invalidInput(path: key, reason: "unknown parameter; this endpoint takes \(known.joined(separator: ", "))")
            }
            canonical.append("\(key)=\(value)")
        }
        let digest = SHA256.hash(data: Array(canonical.sorted().joined(separator: "&").utf8))
        self.fingerprint = Hex.lowercase(digest.prefix(6))
        if let next = parameters["next"] {
            guard let sequence = Self.sequence(fromNext: String(next), fingerprint: self.fingerprint) else {
                throw KizunaError.invalidInput(path: "next", reason: "'\(next)' is not a next token of this query")
            }
            query.afterSequence = sequence
        }
        self.query = query
    }

    /// The `next` token that continues after `sequence`.
    func next(after sequence: Int64) -> String {
        "\(sequence)-\(self.fingerprint)"
    }

    private static func sequence(fromNext token: String, fingerprint: String) -> Int64? {
        let parts = token.split(separator: "-")
        guard parts.count == 2, parts[1] == fingerprint, let sequence = Int64(parts[0]), sequence >= 0 else { return nil }
        return sequence
    }

    private static func list(_ value: String) -> [String] {
        value.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
    }
}
