import KizunaTestSupport
import STIX
import STIXPatterns
import Testing

/// Random simple indicators and observables: the index's hits must equal a brute-force check of every indicator.
@Suite("IndicatorIndex: agrees with brute force")
struct IndexBruteForceTests {
    /// One generated indicator, with its own reference semantics.
    enum Rule {
        case address(UInt32)
        case network(UInt32, Int)
        case domain(String)
        case subdomainOf(String)
        case endsWith(String)
        case digest(String)
        case url(String)

        var pattern: String {
            switch self {
            case .address(let address): "[ipv4-addr:value = '\(Self.text(address))']"
            case .network(let address, let length): "[ipv4-addr:value ISSUBSET '\(Self.text(address))/\(length)']"
            case .domain(let domain): "[domain-name:value = '\(domain)']"
            case .subdomainOf(let domain): "[domain-name:value LIKE '%.\(domain)']"
            case .endsWith(let suffix): "[domain-name:value LIKE '%\(suffix)']"
            case .digest(let digest): "[file:hashes.'SHA-256' = '\(digest)']"
            case .url(let url): "[url:value = '\(url)']"
            }
        }

        func matches(_ observable: Observable) -> Bool {
            switch (self, observable) {
            case (.address(let address), .address(let observed)): address == observed
            case (.network(let address, let length), .address(let observed)):
                length == 0 || (address ^ observed) >> (32 - length) == 0
            case (.domain(let domain), .domain(let observed)): domain == observed
            case (.subdomainOf(let domain), .domain(let observed)): observed.hasSuffix("." + domain)
            case (.endsWith(let suffix), .domain(let observed)): observed.hasSuffix(suffix)
            case (.digest(let digest), .digest(let observed)): digest == observed
            case (.url(let url), .url(let observed)): url == observed
            default: false
            }
        }

        static func text(_ address: UInt32) -> String {
            "\(address >> 24).\(address >> 16 & 255).\(address >> 8 & 255).\(address & 255)"
        }
    }

    /// One generated observable.
    enum Observable {
        case address(UInt32)
        case domain(String)
        case digest(String)
        case url(String)

        var lookup: (ObservableKind, String) {
            switch self {
            case .address(let address): (.ipv4, Rule.text(address))
            case .domain(let domain): (.domain, domain)
            case .digest(let digest): (.sha256, digest)
            case .url(let url): (.url, url)
            }
        }
    }

    static let labels = ["a", "b", "ex", "example", "mail"]
    static let digests = (0..<4).map { seed in String(repeating: String(seed, radix: 16) + "f", count: 32) }

    static func address(_ random: inout SplitMix64) -> UInt32 {
        0x0A00_0000 | UInt32.random(in: 0..<4, using: &random) << 8 | UInt32.random(in: 0..<4, using: &random)
    }

    static func domain(_ random: inout SplitMix64) -> String {
        let count = Int.random(in: 1...3, using: &random)
        let labels = (0..<count).map { _ in Self.labels.randomElement(using: &random)! }
        return (labels + [["com", "net"].randomElement(using: &random)!]).joined(separator: ".")
    }

    static func rule(_ random: inout SplitMix64) -> Rule {
        switch Int.random(in: 0..<7, using: &random) {
        case 0: .address(Self.address(&random))
        case 1:
            .network(Self.address(&random), [0, 8, 16, 22, 24, 30, 31, 32].randomElement(using: &random)!)
        case 2: .domain(Self.domain(&random))
        case 3: .subdomainOf(Self.domain(&random))
        case 4:
            .endsWith(String(Self.domain(&random).suffix(Int.random(in: 2...8, using: &random))).drop { $0 == "." }.description)
        case 5: .digest(Self.digests.randomElement(using: &random)!)
        default: .url("http://\(Self.domain(&random))/")
        }
    }

    static func observable(_ random: inout SplitMix64) -> Observable {
        switch Int.random(in: 0..<4, using: &random) {
        case 0: .address(Self.address(&random))
        case 1: .domain(Self.domain(&random))
        case 2: .digest(Self.digests.randomElement(using: &random)!)
        default: .url("http://\(Self.domain(&random))/")
        }
    }

    @Test("random indicators, windows and removals against random observables", arguments: [1, 2, 3, 4, 5] as [UInt64])
    func agreesWithBruteForce(seed: UInt64) throws {
        var random = SplitMix64(seed: seed)
        var index = IndicatorIndex()
        var live: [IndicatorHandle: (rule: Rule, from: Int, until: Int)] = [:]
        let days = (1...9).map { IndexFixtures.time("2026-01-0\($0)T00:00:00Z") }
        for step in 0..<600 {
            let handle = IndicatorHandle.random(in: 0..<200, using: &random)
            if step % 5 == 4 {
                index.remove(handle)
                live[handle] = nil
                continue
            }
            let rule = Self.rule(&random)
            let from = Int.random(in: 0..<9, using: &random)
            let until = Int.random(in: from..<9, using: &random)
            let outcome = index.insert(
                try Pattern.parse(rule.pattern), handle: handle, validFrom: days[from], validUntil: until == 8 ? nil : days[until])
            #expect(outcome == .exact, "\(rule.pattern)")
            live[handle] = (rule, from, until == 8 ? 99 : until)
        }
        #expect(index.count == live.count)
        for _ in 0..<400 {
            let observable = Self.observable(&random)
            let day = Int.random(in: 0..<9, using: &random)
            let (kind, value) = observable.lookup
            let found = IndexFixtures.hits(index, kind, value, at: days[day])
            let expected = live.filter { $0.value.rule.matches(observable) && $0.value.from <= day && day < $0.value.until }.keys.sorted()
            #expect(found.map(\.handle) == expected, "\(value) at day \(day)")
            #expect(found.allSatisfy { $0.exact })
        }
    }
}
