import Foundation
import STIX

extension JSONValue {
    /// An integer.
    static func integer(_ value: Int) -> JSONValue {
        JSONValue(integerLiteral: value)
    }

    /// An array of strings.
    static func strings(_ values: [String]) -> JSONValue {
        .array(values.map { .string($0) })
    }

    /// A STIX timestamp (RFC 3339, milliseconds, UTC).
    static func timestamp(_ date: Date) -> JSONValue {
        .string(Timestamp(date: date).text)
    }

    /// An object from ordered pairs.
    static func pairs(_ pairs: [(String, JSONValue)]) -> JSONValue {
        .object(JSONObject(pairs))
    }

    /// A STIX `external_reference`.
    static func externalReference(
        source: String,
        externalID: String? = nil,
        url: String? = nil,
        description: String? = nil
    ) -> JSONValue {
        var pairs: [(String, JSONValue)] = [("source_name", .string(source))]
        if let description { pairs.append(("description", .string(description))) }
        if let url { pairs.append(("url", .string(url))) }
        if let externalID { pairs.append(("external_id", .string(externalID))) }
        return .pairs(pairs)
    }

    /// A STIX `kill-chain-phase` of the MITRE ATT&CK kill chain.
    static func attackPhase(_ phase: String) -> JSONValue {
        .pairs([("kill_chain_name", "mitre-attack"), ("phase_name", .string(phase))])
    }
}
