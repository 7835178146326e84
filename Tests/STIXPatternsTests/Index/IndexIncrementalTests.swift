import STIXPatterns
import Testing

@Suite("IndicatorIndex: incremental updates and validity windows")
struct IndexIncrementalTests {
    static let january = IndexFixtures.time("2026-01-01T00:00:00Z")
    static let february = IndexFixtures.time("2026-02-01T00:00:00Z")
    static let march = IndexFixtures.time("2026-03-01T00:00:00Z")

    @Test("removing a handle removes its hits, its pattern and its fallback entry")
    func remove() throws {
        var index = try IndexFixtures.index([
            "[domain-name:value = 'a.example']", "[domain-name:value = 'a.example' AND file:size > 1]", "[file:size > 1]",
        ])
        #expect(index.count == 3)
        index.remove(0)
        index.remove(2)
        index.remove(7)
        #expect(index.count == 1)
        #expect(IndexFixtures.hits(index, .domain, "a.example") == [IndexHit(handle: 1, exact: false)])
        #expect(index.fallbackHandles.isEmpty)
        #expect(index.pattern(for: 2) == nil)
        #expect(index.outcome(of: 0) == nil)
        index.remove(1)
        #expect(IndexFixtures.hits(index, .domain, "a.example").isEmpty)
        #expect(index.count == 0)
    }

    @Test("inserting under a used handle replaces the old pattern")
    func replace() throws {
        var index = try IndexFixtures.index(["[domain-name:value = 'old.example']", "[file:size > 1]"])
        index.insert(try IndexFixtures.pattern("[domain-name:value = 'new.example']"), handle: 0, validFrom: nil, validUntil: nil)
        index.insert(try IndexFixtures.pattern("[url:value = 'http://x.example/']"), handle: 1, validFrom: nil, validUntil: nil)
        #expect(IndexFixtures.hits(index, .domain, "old.example").isEmpty)
        #expect(IndexFixtures.hits(index, .domain, "new.example").map(\.handle) == [0])
        #expect(index.fallbackHandles.isEmpty)
        #expect(index.count == 2)
    }

    @Test("the fallback list stays correct when handles leave in any order")
    func fallbackList() throws {
        var index = try IndexFixtures.index((0..<5).map { "[file:size > \($0)]" })
        index.remove(1)
        index.remove(4)
        #expect(Set(index.fallbackHandles) == [0, 2, 3])
        index.remove(0)
        #expect(Set(index.fallbackHandles) == [2, 3])
    }

    @Test("lookups at a time skip handles outside their window; lookups without a time do not")
    func windows() throws {
        var index = IndicatorIndex()
        let pattern = try IndexFixtures.pattern("[ipv4-addr:value = '192.0.2.1']")
        index.insert(pattern, handle: 0, validFrom: Self.january, validUntil: Self.february)
        index.insert(pattern, handle: 1, validFrom: Self.february, validUntil: nil)
        index.insert(pattern, handle: 2, validFrom: nil, validUntil: Self.march)
        #expect(IndexFixtures.handles(IndexFixtures.hits(index, .ipv4, "192.0.2.1", at: IndexFixtures.time("2025-12-31T23:59:59.999Z"))) == [2])
        #expect(IndexFixtures.handles(IndexFixtures.hits(index, .ipv4, "192.0.2.1", at: Self.january)) == [0, 2])
        #expect(IndexFixtures.handles(IndexFixtures.hits(index, .ipv4, "192.0.2.1", at: Self.february)) == [1, 2], "valid_until is exclusive")
        #expect(IndexFixtures.handles(IndexFixtures.hits(index, .ipv4, "192.0.2.1", at: Self.march)) == [1])
        #expect(IndexFixtures.handles(IndexFixtures.hits(index, .ipv4, "192.0.2.1")) == [0, 1, 2])
        #expect(index.isValid(1, at: IndexFixtures.time("9999-12-31T23:59:59Z")))
        #expect(index.isValid(0, at: Self.march) == false)
    }

    @Test("removeExpired drops exactly the handles whose window ended")
    func removeExpired() throws {
        var index = IndicatorIndex()
        let pattern = try IndexFixtures.pattern("[domain-name:value = 'a.example']")
        index.insert(pattern, handle: 0, validFrom: nil, validUntil: Self.january)
        index.insert(pattern, handle: 1, validFrom: nil, validUntil: Self.march)
        index.insert(pattern, handle: 2, validFrom: nil, validUntil: nil)
        index.insert(try IndexFixtures.pattern("[file:size > 1]"), handle: 3, validFrom: nil, validUntil: Self.january)
        index.removeExpired(before: Self.february)
        #expect(index.count == 2)
        #expect(index.fallbackHandles.isEmpty)
        #expect(IndexFixtures.handles(IndexFixtures.hits(index, .domain, "a.example")) == [1, 2])
    }

    @Test("keys freed by removals are reused without disturbing the others")
    func churn() throws {
        var index = IndicatorIndex()
        for round in 0..<20 {
            for slot in 0..<50 {
                let value = "host\(round * 50 + slot).example"
                index.insert(
                    try IndexFixtures.pattern("[domain-name:value = '\(value)']"), handle: IndicatorHandle(slot), validFrom: nil, validUntil: nil)
            }
        }
        #expect(index.count == 50)
        #expect(IndexFixtures.hits(index, .domain, "host0.example").isEmpty)
        for slot in 0..<50 {
            #expect(IndexFixtures.hits(index, .domain, "host\(950 + slot).example") == [IndexHit(handle: IndicatorHandle(slot), exact: true)])
        }
    }

    @Test("a field or network tree emptied by removals and filled again answers lookups again")
    func emptiedAndRefilled() throws {
        // Lookups skip fields and trees that hold nothing; the bookkeeping must follow removals both ways.
        let suffix = "[domain-name:value LIKE '%.evil.example']"
        let network = "[ipv4-addr:value ISSUBSET '198.51.100.0/24']"
        let wide = "[ipv4-addr:value ISSUBSET '198.51.0.0/16']"
        var index = try IndexFixtures.index([suffix, suffix, network, wide])
        #expect(IndexFixtures.handles(IndexFixtures.hits(index, .domain, "a.evil.example")) == [0, 1])
        index.remove(0)
        #expect(IndexFixtures.handles(IndexFixtures.hits(index, .domain, "a.evil.example")) == [1])
        index.remove(1)
        index.remove(2)
        index.remove(3)
        #expect(IndexFixtures.hits(index, .domain, "a.evil.example").isEmpty)
        #expect(IndexFixtures.hits(index, .ipv4, "198.51.100.7").isEmpty)
        index.insert(try IndexFixtures.pattern(suffix), handle: 5, validFrom: nil, validUntil: nil)
        index.insert(try IndexFixtures.pattern(network), handle: 6, validFrom: nil, validUntil: nil)
        index.insert(try IndexFixtures.pattern(wide), handle: 7, validFrom: nil, validUntil: nil)
        #expect(IndexFixtures.handles(IndexFixtures.hits(index, .domain, "b.evil.example")) == [5])
        #expect(IndexFixtures.handles(IndexFixtures.hits(index, .ipv4, "198.51.100.7")) == [6, 7])
        #expect(IndexFixtures.handles(IndexFixtures.hits(index, .ipv4, "198.51.3.4")) == [7])
    }

    @Test("thousands of keys survive table growth, removals of half of them and arena compaction")
    func manyKeys() throws {
        var index = IndicatorIndex()
        let urls = (0..<4000).map { "http://host\($0).example.net/a/rather/long/path/to/make/the/arena/grow/\($0)" }
        for (number, url) in urls.enumerated() {
            index.insert(try IndexFixtures.pattern("[url:value = '\(url)']"), handle: IndicatorHandle(number), validFrom: nil, validUntil: nil)
        }
        for number in stride(from: 0, to: urls.count, by: 2) { index.remove(IndicatorHandle(number)) }
        for (number, url) in urls.enumerated() {
            let expected = number % 2 == 1 ? [IndexHit(handle: IndicatorHandle(number), exact: true)] : []
            #expect(IndexFixtures.hits(index, .url, url) == expected)
        }
        #expect(index.count == 2000)
    }
}
