import Foundation
import Hummingbird
import HummingbirdCore
import KizunaCore
import STIX

extension ObjectQuery {
    /// Reads the listing filters from query parameters; an unknown parameter or a bad value is an error.
    init(parameters: FlatDictionary<Substring, Substring>, organisations: [Organisation]) throws {
        self.init()
        let known: Set<Substring> = [
            "type", "owner", "tlp", "label", "created_by_ref", "added_after", "modified_after", "q", "cursor",
            "limit", "include_revoked", "id", "format",
        ]
        for (key, _) in parameters where !known.contains(key) {
            throw KizunaError.invalidInput(
                path: String(key), reason: "unknown query parameter; known: \(known.sorted().joined(separator: ", "))")
        }
        self.types = Self.list(parameters, "type")
        self.ids = Self.list(parameters, "id")
        self.tlps = try Self.list(parameters, "tlp").map { text in
            guard let tlp = TLP(label: text) else {
                throw KizunaError.invalidInput(path: "tlp", reason: "'\(text)' is not a TLP level (clear, green, amber, amber+strict, red)")
            }
            return tlp
        }
        if let owner = parameters["owner"].map(String.init) {
            guard let organisation = organisations.first(where: { String($0.id) == owner || $0.name == owner }) else {
                throw KizunaError.invalidInput(path: "owner", reason: "no organisation '\(owner)'")
            }
            self.ownerID = organisation.id
        }
        self.label = parameters["label"].map(String.init)
        self.createdByRef = parameters["created_by_ref"].map(String.init)
        self.text = parameters["q"].map(String.init)
        if let text = parameters["added_after"] {
            guard let timestamp = Timestamp(String(text)) else {
                throw KizunaError.invalidInput(path: "added_after", reason: "'\(text)' is not an RFC 3339 UTC timestamp")
            }
            self.addedAfter = timestamp.date
        }
        if let text = parameters["modified_after"] {
            guard let timestamp = Timestamp(String(text)) else {
                throw KizunaError.invalidInput(path: "modified_after", reason: "'\(text)' is not an RFC 3339 UTC timestamp")
            }
            self.modifiedAfter = timestamp
        }
        if let text = parameters["cursor"] {
            guard let cursor = Int64(text), cursor >= 0 else {
                throw KizunaError.invalidInput(path: "cursor", reason: "'\(text)' is not a cursor from a previous page's 'next'")
            }
            self.afterSequence = cursor
        }
        if let text = parameters["limit"] {
            guard let limit = Int(text), (1...1000).contains(limit) else {
                throw KizunaError.invalidInput(path: "limit", reason: "'\(text)' is not an integer from 1 to 1000")
            }
            self.limit = limit
        }
        if let text = parameters["include_revoked"] {
            guard text == "true" || text == "false" else {
                throw KizunaError.invalidInput(path: "include_revoked", reason: "expected true or false")
            }
            self.includeRevoked = text == "true"
        }
    }

    /// A repeated or comma-separated parameter.
    private static func list(_ parameters: FlatDictionary<Substring, Substring>, _ key: Substring) -> [String] {
        parameters[values: key].flatMap { $0.split(separator: ",").map(String.init) }
    }
}
