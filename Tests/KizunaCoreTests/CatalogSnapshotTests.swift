import Foundation
import KizunaCore
import STIX
import STIXPatterns
import Testing

/// The compiled catalog on its own: index hits, verified candidates, fallbacks, validity and changes.
@Suite("Catalog snapshot")
struct CatalogSnapshotTests {
    static func stored(_ pattern: String, id: String = STIXIdentifier.make(type: "indicator"), owner: Int64 = 1, extra: JSONObject = [:])
        -> StoredObject
    {
        var object: JSONObject = [
            "type": "indicator", "spec_version": "2.1", "id": .string(id), "pattern": .string(pattern), "pattern_type": "stix",
            "valid_from": "2026-01-01T00:00:00Z",
        ]
        for (key, value) in extra { object[key] = value }
        return StoredObject(
            sequence: 1, id: id, type: "indicator", modified: nil, owner: owner, tlp: .green, audience: .community,
            dateAdded: Date(), isLatest: true, json: JSON.serialize(.object(object)))
    }

    /// Files `object` and returns its handle, failing the test when it is not filed.
    static func file(_ snapshot: inout CatalogSnapshot, _ object: StoredObject) throws -> IndicatorHandle {
        let handle = snapshot.add(object)
        return try #require(handle)
    }

    static func lookup(_ snapshot: CatalogSnapshot, _ kind: ObservableKind, _ value: String, at time: String = "2026-06-01T00:00:00Z")
        -> [IndicatorHandle]
    {
        Array(value.utf8).withUnsafeBytes { snapshot.handles(matching: kind, canonical: $0, at: Timestamp(time)!) }
    }

    @Test("exact keys, verified candidates and fallback patterns all answer a canonical value")
    func kinds() throws {
        var snapshot = CatalogSnapshot()
        let exact = try Self.file(&snapshot, Self.stored("[domain-name:value = 'evil.example']"))
        let candidate = try Self.file(&snapshot, Self.stored("[domain-name:value = 'c2.example' AND domain-name:value != 'x.example']"))
        let fallback = try Self.file(&snapshot, Self.stored("[domain-name:value MATCHES '^bot[0-9]+\\\\.example$']"))
        let other = try Self.file(&snapshot, Self.stored("[network-traffic:dst_port MATCHES '^44']"))
        #expect(snapshot.count == 4)
        #expect(snapshot.fallbackCount == 2)
        #expect(Self.lookup(snapshot, .domain, "evil.example") == [exact])
        #expect(Self.lookup(snapshot, .domain, "c2.example") == [candidate])
        #expect(Self.lookup(snapshot, .domain, "bot42.example") == [fallback])
        #expect(Self.lookup(snapshot, .domain, "bot.example").isEmpty)
        #expect(Self.lookup(snapshot, .ipv4, "192.0.2.1").isEmpty, "a fallback over network-traffic is not tried on an address")
        #expect(snapshot.entry(other) != nil)
    }

    @Test("validity windows, revocation and new versions change the answers")
    func changes() throws {
        var snapshot = CatalogSnapshot()
        let id = STIXIdentifier.make(type: "indicator")
        let handle = try Self.file(
            &snapshot, Self.stored("[ipv4-addr:value = '198.51.100.7']", id: id, extra: ["valid_until": "2026-07-01T00:00:00Z"]))
        #expect(Self.lookup(snapshot, .ipv4, "198.51.100.7") == [handle])
        #expect(Self.lookup(snapshot, .ipv4, "198.51.100.7", at: "2026-08-01T00:00:00Z").isEmpty)
        #expect(Self.lookup(snapshot, .ipv4, "198.51.100.7", at: "2025-12-31T00:00:00Z").isEmpty)
        // A new version of the same id and owner replaces the pattern under the same handle.
        #expect(snapshot.add(Self.stored("[ipv4-addr:value = '198.51.100.8']", id: id)) == handle)
        #expect(Self.lookup(snapshot, .ipv4, "198.51.100.7").isEmpty)
        #expect(Self.lookup(snapshot, .ipv4, "198.51.100.8") == [handle])
        // Another organisation's copy of the id is its own entry.
        let copy = try Self.file(&snapshot, Self.stored("[ipv4-addr:value = '198.51.100.8']", id: id, owner: 2))
        #expect(Set(Self.lookup(snapshot, .ipv4, "198.51.100.8")) == [handle, copy])
        // Revoked: gone.
        #expect(snapshot.add(Self.stored("[ipv4-addr:value = '198.51.100.8']", id: id, extra: ["revoked": true])) == nil)
        #expect(Self.lookup(snapshot, .ipv4, "198.51.100.8") == [copy])
        #expect(snapshot.count == 1)
    }

    @Test("a set of observations binds patterns over several of them")
    func observations() throws {
        var snapshot = CatalogSnapshot()
        snapshot.add(Self.stored("([ipv4-addr:value = '10.0.0.1'] FOLLOWEDBY [domain-name:value = 'c2.example']) WITHIN 60 SECONDS"))
        func observation(_ id: String, _ at: String, _ sco: JSONObject) -> Observation {
            Observation(id: id, firstObserved: Timestamp(at)!, lastObserved: Timestamp(at)!, numberObserved: 1, objects: ["0": sco])
        }
        let ip = observation("observed-data--1", "2026-06-01T00:00:00Z", ["type": "ipv4-addr", "value": "10.0.0.1"])
        let near = observation("observed-data--2", "2026-06-01T00:00:30Z", ["type": "domain-name", "value": "c2.example"])
        let far = observation("observed-data--3", "2026-06-01T01:00:00Z", ["type": "domain-name", "value": "c2.example"])
        let time = Timestamp("2026-06-02T00:00:00Z")!
        #expect(snapshot.match([ip, near], at: time).first.map { Set($0.observationIDs) } == ["observed-data--1", "observed-data--2"])
        #expect(snapshot.match([ip, far], at: time).isEmpty)
        #expect(snapshot.match([near, ip], at: time).count == 1, "order of the input does not matter, first_observed does")
    }

    @Test("patterns needing several observations skip sets too small, and count number_observed")
    func minimumObservations() throws {
        // FOLLOWEDBY binds loosest: ([b] OR [c]) FOLLOWEDBY [d] needs two, the AND one more.
        #expect(try Pattern.parse("[a:x = 1] AND ([b:y = 2] OR [c:z = 3] FOLLOWEDBY [d:w = 4])").minimumObservations == 3)
        #expect(try Pattern.parse("([a:x = 1] AND [b:y = 2]) REPEATS 3 TIMES").minimumObservations == 6)
        #expect(try Pattern.parse("[a:x = 1] OR [b:y = 2] WITHIN 5 SECONDS").minimumObservations == 1)
        var snapshot = CatalogSnapshot()
        snapshot.add(Self.stored("[domain-name:value = 'beacon.example'] REPEATS 3 TIMES"))
        func observation(count: Int) -> Observation {
            Observation(
                id: "observed-data--\(count)", firstObserved: Timestamp("2026-06-01T00:00:00Z")!, lastObserved: Timestamp("2026-06-01T00:01:00Z")!,
                numberObserved: count, objects: ["0": ["type": "domain-name", "value": "beacon.example"]])
        }
        let time = Timestamp("2026-06-02T00:00:00Z")!
        #expect(snapshot.match([observation(count: 1)], at: time).isEmpty)
        #expect(snapshot.match([observation(count: 3)], at: time).count == 1, "one observed-data seen three times repeats three times")
        #expect(snapshot.match([observation(count: 1), observation(count: 2)], at: time).count == 1)
        #expect(Array("beacon.example".utf8).withUnsafeBytes { snapshot.handles(matching: .domain, canonical: $0, at: time) }.isEmpty)
    }
}
