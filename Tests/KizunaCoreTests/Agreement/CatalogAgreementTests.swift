import Foundation
import KizunaCore
import STIX
import STIXPatterns
import Testing

/// The catalog (index hits, verified candidates, fallbacks) and `PatternMatcher` agree on every pattern and
/// observation drawn from ``AgreementGrammar``.
@Suite("Catalog and evaluator agreement")
struct CatalogAgreementTests {
    static let time = Timestamp("2026-06-01T00:00:00Z")!

    /// A stored indicator with `pattern` under a deterministic id.
    static func stored(_ pattern: String, number: Int) -> StoredObject {
        let id = "indicator--00000000-0000-4000-8000-" + String(String(number).reversed()).padding(toLength: 12, withPad: "0", startingAt: 0)
        let object: JSONObject = [
            "type": "indicator", "spec_version": "2.1", "id": .string(id), "pattern": .string(pattern), "pattern_type": "stix",
            "valid_from": "2026-01-01T00:00:00Z",
        ]
        return StoredObject(
            sequence: Int64(number + 1), id: id, type: "indicator", modified: nil, owner: 1, tlp: .green, audience: .community,
            dateAdded: Date(), isLatest: true, json: JSON.serialize(.object(object)))
    }

    /// The disagreements of one seed's patterns and observations, described.
    static func disagreements(seed: UInt64, patterns patternCount: Int, observations observationCount: Int) throws -> (
        found: [String], parsed: Int, matched: Int
    ) {
        var grammar = AgreementGrammar(seed: seed)
        var snapshot = CatalogSnapshot()
        var byID: [String: (text: String, matcher: PatternMatcher)] = [:]
        var filed: [(id: String, text: String, matcher: PatternMatcher)] = []
        for number in 0..<patternCount {
            let text = grammar.pattern()
            guard let pattern = try? Pattern.parse(text) else { continue }
            let object = Self.stored(text, number: number)
            guard snapshot.add(object) != nil else { continue }
            let matcher = PatternMatcher(pattern)
            byID[object.id] = (text, matcher)
            filed.append((object.id, text, matcher))
        }
        var found: [String] = []
        var matched = 0
        for number in 0..<observationCount {
            let observation = Observation(
                id: "observed-data--\(number)", firstObserved: Self.time, lastObserved: Self.time, numberObserved: 1,
                objects: grammar.objects())
            let catalog = Set(snapshot.match([observation], at: Self.time).map(\.entry.id))
            for indicator in filed {
                let expected = indicator.matcher.matches(observation)
                if expected { matched += 1 }
                guard catalog.contains(indicator.id) != expected else { continue }
                let objects = observation.objects.sorted { $0.key < $1.key }.map { JSON.serializeString(.object($0.value)) }
                found.append(
                    "seed \(seed): \(indicator.text) on \(objects.joined(separator: ", ")): PatternMatcher \(expected), catalog \(!expected)")
            }
        }
        return (found, filed.count, matched)
    }

    @Test("a canonical value finds an indicator exactly when PatternMatcher matches its SCO", arguments: [5, 6] as [UInt64])
    func canonicalValues(seed: UInt64) throws {
        var grammar = AgreementGrammar(seed: seed)
        var snapshot = CatalogSnapshot()
        var matchers: [IndicatorHandle: (text: String, matcher: PatternMatcher)] = [:]
        for number in 0..<300 {
            let text = grammar.pattern()
            guard let pattern = try? Pattern.parse(text), let handle = snapshot.add(Self.stored(text, number: number)) else { continue }
            matchers[handle] = (text, PatternMatcher(pattern))
        }
        let pools: [(ObservableKind, [String])] = [
            (.ipv4, AgreementGrammar.ipv4Values), (.ipv6, AgreementGrammar.ipv6Values), (.domain, AgreementGrammar.domains),
            (.url, AgreementGrammar.urls), (.email, AgreementGrammar.emails), (.sha256, AgreementGrammar.hashValues),
            (.md5, AgreementGrammar.hashValues),
        ]
        var found: [String] = []
        for (kind, values) in pools {
            for value in Set(values.compactMap { ObservableNormalizer.canonical($0, as: kind) }) {
                let handles = Set(Array(value.utf8).withUnsafeBytes { snapshot.handles(matching: kind, canonical: $0, at: Self.time) })
                let observation = Observation(
                    id: "observed-data--0", firstObserved: Self.time, lastObserved: Self.time, numberObserved: 1,
                    objects: ["0": kind.sco(value: value)])
                for (handle, indicator) in matchers where handles.contains(handle) != indicator.matcher.matches(observation) {
                    found.append("seed \(seed): \(indicator.text) on \(kind) \(value): catalog \(handles.contains(handle))")
                }
            }
        }
        #expect(found.count == 0, Comment(rawValue: found.prefix(15).joined(separator: "\n")))
    }

    @Test("the catalog finds an indicator exactly when PatternMatcher matches it", arguments: [1, 2, 3, 4] as [UInt64])
    func agreement(seed: UInt64) throws {
        let result = try Self.disagreements(seed: seed, patterns: 300, observations: 300)
        #expect(result.parsed > 150, "most generated patterns parse and are filed")
        #expect(result.matched > 500, "the grammar produces matches, not only misses")
        #expect(result.found.count == 0, Comment(rawValue: result.found.prefix(15).joined(separator: "\n")))
    }
}
