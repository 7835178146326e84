import STIX
import STIXPatterns

/// Builders for index tests: patterns, SCOs, and lookups returning hits as plain values.
enum IndexFixtures {
    /// The parsed pattern `text`.
    static func pattern(_ text: String) throws -> Pattern {
        try Pattern.parse(text)
    }

    /// An index holding `patterns`, each under its position as handle.
    static func index(_ patterns: [String]) throws -> IndicatorIndex {
        var index = IndicatorIndex()
        for (position, text) in patterns.enumerated() {
            index.insert(try Self.pattern(text), handle: IndicatorHandle(position), validFrom: nil, validUntil: nil)
        }
        return index
    }

    /// The hits of a canonical `value` of `kind`, sorted by handle.
    static func hits(_ index: IndicatorIndex, _ kind: ObservableKind, _ value: String, at time: Timestamp? = nil) -> [IndexHit] {
        var hits: [IndexHit] = []
        var text = value
        text.withUTF8 { index.hits(kind, canonical: UnsafeRawBufferPointer($0), at: time, into: &hits) }
        return hits.sorted { $0.handle < $1.handle }
    }

    /// The hits of an SCO, sorted by handle.
    static func hits(_ index: IndicatorIndex, sco: JSONObject, at time: Timestamp? = nil) -> [IndexHit] {
        var hits: [IndexHit] = []
        index.hits(for: sco, at: time, into: &hits)
        return hits.sorted { $0.handle < $1.handle }
    }

    /// The handles among `hits`.
    static func handles(_ hits: [IndexHit]) -> [IndicatorHandle] {
        hits.map(\.handle)
    }

    /// An SCO `{"type": type, "value": value}`.
    static func sco(_ type: String, _ value: String) -> JSONObject {
        ["type": .string(type), "value": .string(value)]
    }

    /// A `file` SCO with the given `hashes`.
    static func file(hashes: [(String, String)], name: String? = nil) -> JSONObject {
        var members: [(String, JSONValue)] = [("type", "file"), ("hashes", .object(JSONObject(hashes.map { ($0.0, JSONValue.string($0.1)) })))]
        if let name { members.append(("name", .string(name))) }
        return JSONObject(members)
    }

    /// A timestamp from known-good text.
    static func time(_ text: String) -> Timestamp {
        guard let time = Timestamp(text) else { preconditionFailure("bad test timestamp \(text)") }
        return time
    }
}
