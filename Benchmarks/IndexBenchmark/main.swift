// kizuna-index-bench: builds an IndicatorIndex of one million simple indicators (IPv4 addresses, CIDR networks,
// domains, URLs, SHA-256 digests), reports memory per indicator (process RSS and malloc in-use bytes, before and
// after; malloc's figure comes from glibc malloc_info) and lookups per second, and compares memory and lookup speed with a peer: a Swift
// `Dictionary<String, [UInt32]>` keyed by "type|value" holding the same values (without networks' containment).
//
// Times are thread CPU time (CLOCK_THREAD_CPUTIME_ID), so other processes on the machine do not inflate them.
//
// Run: swift run -c release kizuna-index-bench [count]

import Foundation
import KizunaTestSupport
import STIX
import STIXPatterns

#if canImport(Glibc)
    import Glibc
#endif

/// One generated indicator value: its kind and canonical text (a network for CIDR indicators).
struct Sample {
    let kind: ObservableKind
    let text: String
    let isNetwork: Bool

    var pattern: String {
        switch self.kind {
        case .ipv4: self.isNetwork ? "[ipv4-addr:value ISSUBSET '\(self.text)']" : "[ipv4-addr:value = '\(self.text)']"
        case .domain: "[domain-name:value = '\(self.text)']"
        case .url: "[url:value = '\(self.text)']"
        default: "[file:hashes.'SHA-256' = '\(self.text)']"
        }
    }
}

/// Process memory as the kernel (resident set) and malloc (bytes in use) see it.
struct MemoryReading {
    let resident: Int
    let mallocInUse: Int

    static func now() -> MemoryReading {
        let statm = (try? String(contentsOfFile: "/proc/self/statm", encoding: .utf8)) ?? ""
        let pages = statm.split(separator: " ").dropFirst().first.flatMap { Int($0) } ?? 0
        return MemoryReading(resident: pages * Int(sysconf(Int32(_SC_PAGESIZE))), mallocInUse: Self.mallocInUse())
    }

    /// Bytes malloc has handed out and not got back: from glibc's `malloc_info` totals (the Swift Glibc module
    /// does not export `mallinfo2`), system + mmap − free chunks (fast and rest); 0 when unavailable.
    static func mallocInUse() -> Int {
        #if canImport(Glibc)
            typealias MallocInfo = @convention(c) (Int32, UnsafeMutablePointer<FILE>?) -> Int32
            guard let symbol = dlsym(nil, "malloc_info") else { return 0 }
            var buffer: UnsafeMutablePointer<CChar>?
            var size = 0
            guard let stream = open_memstream(&buffer, &size) else { return 0 }
            _ = unsafeBitCast(symbol, to: MallocInfo.self)(0, stream)
            fclose(stream)
            guard let buffer else { return 0 }
            let text = String(cString: buffer)
            free(buffer)
            guard let totals = text.components(separatedBy: "</heap>").last else { return 0 }
            func sizeAfter(_ prefix: String) -> Int {
                guard let range = totals.range(of: prefix) else { return 0 }
                let rest = totals[range.upperBound...]
                guard let sizeRange = rest.range(of: "size=\"") else { return 0 }
                return Int(rest[sizeRange.upperBound...].prefix { $0.isNumber }) ?? 0
            }
            return sizeAfter("<system type=\"current\"") + sizeAfter("<total type=\"mmap\"") - sizeAfter("<total type=\"fast\"")
                - sizeAfter("<total type=\"rest\"")
        #else
            return 0
        #endif
    }
}

/// CPU seconds this thread has used: the machine is shared, so wall time would count other processes' turns.
func cpuSeconds() -> Double {
    var time = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
    return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
}

func hex(_ random: inout SplitMix64, bytes: Int) -> String {
    let digits = Array("0123456789abcdef".utf8)
    return String(decoding: (0..<bytes * 2).map { _ in digits[Int(random.next() & 15)] }, as: UTF8.self)
}

func dotted(_ address: UInt32) -> String {
    "\(address >> 24).\(address >> 16 & 255).\(address >> 8 & 255).\(address & 255)"
}

/// The `index`-th sample: 35% IPv4 addresses, 5% CIDR networks, 25% domains, 15% URLs, 20% SHA-256 digests.
func sample(_ index: Int, _ random: inout SplitMix64) -> Sample {
    switch index % 20 {
    case 0..<7: return Sample(kind: .ipv4, text: dotted(UInt32(truncatingIfNeeded: random.next())), isNetwork: false)
    case 7:
        let length = Int.random(in: 16...28, using: &random)
        let address = UInt32(truncatingIfNeeded: random.next()) & ~UInt32(0) << (32 - length)
        return Sample(kind: .ipv4, text: "\(dotted(address))/\(length)", isNetwork: true)
    case 8..<13: return Sample(kind: .domain, text: "h\(hex(&random, bytes: 4)).example\(index % 97).com", isNetwork: false)
    case 13..<16:
        return Sample(kind: .url, text: "http://s\(hex(&random, bytes: 3)).example.net/p/\(hex(&random, bytes: 5))/index.php", isNetwork: false)
    default: return Sample(kind: .sha256, text: hex(&random, bytes: 32), isNetwork: false)
    }
}

let count = CommandLine.arguments.dropFirst().first.flatMap { Int($0) } ?? 1_000_000
print("kizuna-index-bench: \(count) simple indicators")

// Phase 0: parsing alone, to separate the parser's share of the insert time.
var parseRandom = SplitMix64(seed: 42)
let parseStart = cpuSeconds()
var parsedRoots = 0
for number in 0..<count {
    if case .observation = try Pattern.parse(sample(number, &parseRandom).pattern).root { parsedRoots += 1 }
}
let parseTime = cpuSeconds() - parseStart

// Phase 1: build the index, measuring memory around it (patterns are parsed and dropped one at a time).
var random = SplitMix64(seed: 42)
let before = MemoryReading.now()
var index = IndicatorIndex()
var exact = 0
let insertStart = cpuSeconds()
for number in 0..<count {
    let pattern = try Pattern.parse(sample(number, &random).pattern)
    if index.insert(pattern, handle: IndicatorHandle(number), validFrom: nil, validUntil: nil) == .exact { exact += 1 }
}
let insertTime = cpuSeconds() - insertStart
let after = MemoryReading.now()
let residentPer = Double(after.resident - before.resident) / Double(count)
let mallocPer = Double(after.mallocInUse - before.mallocInUse) / Double(count)
let storagePer = Double(index.storageBytes) / Double(count)
print(String(format: "insert (parse + index): %.2f s, %.0f indicators/s; %d of %d exact", insertTime, Double(count) / insertTime, exact, count))
print(
    String(
        format: "  of which generating and parsing the pattern text: %.2f s; index insert alone: %.0f indicators/s", parseTime,
        Double(count) / max(insertTime - parseTime, 1e-9)))
print(String(format: "memory per indicator: RSS %.1f B, malloc in use %.1f B, index storage (capacities) %.1f B", residentPer, mallocPer, storagePer))

// Phase 2: lookups of canonical values, half of them present, from one flat byte buffer.
/// Probe values of several kinds stored back to back.
struct Probes {
    var bytes: [UInt8] = []
    var spans: [(kind: ObservableKind, start: Int, count: Int)] = []

    mutating func append(_ kind: ObservableKind, _ text: String) {
        self.spans.append((kind, self.bytes.count, text.utf8.count))
        self.bytes += text.utf8
    }

    func filter(_ kind: ObservableKind) -> Probes {
        var subset = Probes()
        self.bytes.withUnsafeBytes { all in
            for span in self.spans where span.kind == kind {
                subset.spans.append((kind, subset.bytes.count, span.count))
                subset.bytes += all[span.start..<span.start + span.count]
            }
        }
        return subset
    }

    func text(_ number: Int) -> String {
        let span = self.spans[number]
        return String(decoding: self.bytes[span.start..<span.start + span.count], as: UTF8.self)
    }
}

/// Looks every probe up; returns seconds per lookup and the total number of hits.
func lookUp(_ probes: Probes, in index: IndicatorIndex) -> (seconds: Double, hits: Int) {
    var hits: [IndexHit] = []
    hits.reserveCapacity(64)
    var found = 0
    let start = cpuSeconds()
    probes.bytes.withUnsafeBytes { all in
        for span in probes.spans {
            hits.removeAll(keepingCapacity: true)
            index.hits(span.kind, canonical: UnsafeRawBufferPointer(rebasing: all[span.start..<span.start + span.count]), at: nil, into: &hits)
            found &+= hits.count
        }
    }
    return ((cpuSeconds() - start) / Double(probes.spans.count), found)
}

let lookupCount = 2_000_000
var probeRandom = SplitMix64(seed: 42)
var missRandom = SplitMix64(seed: 7)
var probes = Probes()
for number in 0..<lookupCount {
    let present = sample(number % count, &probeRandom)
    let chosen = number % 2 == 0 ? present : sample(number % count, &missRandom)
    probes.append(chosen.kind, chosen.isNetwork ? String(chosen.text.prefix { $0 != "/" }) : chosen.text)
}
let (perLookup, found) = lookUp(probes, in: index)
let indexRate = 1 / perLookup
print(String(format: "lookups: %.0f /s (%.0f ns each), %d hits", indexRate, perLookup * 1e9, found))
for kind in [ObservableKind.ipv4, .domain, .url, .sha256] {
    print(String(format: "  %@: %.0f ns each", "\(kind)", lookUp(probes.filter(kind), in: index).seconds * 1e9))
}

/// Looks every SCO up; returns seconds per lookup.
func lookUp(_ scos: [JSONObject], in index: IndicatorIndex) -> Double {
    var hits: [IndexHit] = []
    let start = cpuSeconds()
    for sco in scos {
        hits.removeAll(keepingCapacity: true)
        index.hits(for: sco, at: nil, into: &hits)
    }
    return (cpuSeconds() - start) / Double(scos.count)
}

let scos: [JSONObject] = (0..<200_000).map { number in
    let text = probes.text(number)
    switch probes.spans[number].kind {
    case .ipv4: return ["type": "ipv4-addr", "value": .string(text)]
    case .domain: return ["type": "domain-name", "value": .string(text)]
    case .url: return ["type": "url", "value": .string(text)]
    default: return ["type": "file", "hashes": ["SHA-256": .string(text)]]
    }
}
let perSCO = lookUp(scos, in: index)
print(String(format: "SCO lookups: %.0f /s (%.0f ns each, includes canonicalisation)", 1 / perSCO, perSCO * 1e9))

// Phase 2b: incremental updates: remove a tenth of the indicators, put them back, and scan for expired ones.
let churn = count / 10
var churnRandom = SplitMix64(seed: 42)
var replacements: [(Int, Pattern)] = []
for number in 0..<count {
    let value = sample(number, &churnRandom)
    if number % 10 == 3 { replacements.append((number, try Pattern.parse(value.pattern))) }
}
let removeStart = cpuSeconds()
for (number, _) in replacements { index.remove(IndicatorHandle(number)) }
let removeTime = cpuSeconds() - removeStart
let reinsertStart = cpuSeconds()
for (number, pattern) in replacements { index.insert(pattern, handle: IndicatorHandle(number), validFrom: nil, validUntil: nil) }
let reinsertTime = cpuSeconds() - reinsertStart
let expiryStart = cpuSeconds()
index.removeExpired(before: Timestamp.now)
let expiryTime = cpuSeconds() - expiryStart
print(
    String(
        format: "incremental: remove %d in %.3f s (%.0f ns each), re-insert in %.3f s (%.0f ns each); removeExpired scan of %d: %.1f ms",
        churn, removeTime, removeTime * 1e9 / Double(churn), reinsertTime, reinsertTime * 1e9 / Double(churn), index.count,
        expiryTime * 1e3))
replacements = []

// Phase 3: the peer, a Dictionary<String, [UInt32]> of "kind|value" keys (exact strings only).
probes = Probes()
let peerBefore = MemoryReading.now()
var peer: [String: [UInt32]] = [:]
var peerRandom = SplitMix64(seed: 42)
let peerStart = cpuSeconds()
for number in 0..<count {
    let value = sample(number, &peerRandom)
    peer["\(value.kind.rawValue)|\(value.text)", default: []].append(UInt32(number))
}
let peerInsertTime = cpuSeconds() - peerStart
let peerAfter = MemoryReading.now()
let peerResident = Double(peerAfter.resident - peerBefore.resident) / Double(count)
let peerMalloc = Double(peerAfter.mallocInUse - peerBefore.mallocInUse) / Double(count)
var peerKeys: [String] = []
var keyRandom = SplitMix64(seed: 42)
var peerMissRandom = SplitMix64(seed: 7)
for number in 0..<lookupCount {
    let present = sample(number % count, &keyRandom)
    let chosen = number % 2 == 0 ? present : sample(number % count, &peerMissRandom)
    peerKeys.append("\(chosen.kind.rawValue)|\(chosen.text)")
}
var peerFound = 0
let peerLookupStart = cpuSeconds()
for key in peerKeys { peerFound &+= peer[key]?.count ?? 0 }
let peerLookupTime = cpuSeconds() - peerLookupStart
let peerRate = Double(lookupCount) / peerLookupTime
print(
    String(
        format: "peer Dictionary<String, [UInt32]>: insert %.2f s; memory per indicator RSS %.1f B, malloc %.1f B", peerInsertTime, peerResident,
        peerMalloc))
print(String(format: "peer lookups: %.0f /s (%.0f ns each), %d hits", peerRate, peerLookupTime * 1e9 / Double(lookupCount), peerFound))
print(String(format: "ratio (index / peer): memory %.2fx (malloc), lookup speed %.2fx", mallocPer / peerMalloc, indexRate / peerRate))
print("index holds \(index.count) indicators, peer \(peer.count) keys")
