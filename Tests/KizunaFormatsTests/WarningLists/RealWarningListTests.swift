import Foundation
import KizunaFormats
import STIXPatterns
import Testing

@Suite("Real MISP warning lists", .enabled(if: WarningListFixtures.realListsAvailable, "needs KIZUNA_TEST_DATA (../shared/data)"))
struct RealWarningListTests {
    static let set: WarningListSet? = try? WarningListSet(directory: WarningListFixtures.realListsDirectory)

    /// The lists as Foundation reads them: name, type, entries, matching attributes.
    static let raw: [(name: String, type: String, entries: [String], attributes: [String])] = {
        let root = URL(fileURLWithPath: WarningListFixtures.realListsDirectory)
        let folders = (try? FileManager.default.contentsOfDirectory(atPath: root.path)) ?? []
        return folders.sorted().compactMap { folder in
            guard let data = try? Data(contentsOf: root.appendingPathComponent(folder).appendingPathComponent("list.json")),
                let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any]
            else { return nil }
            return (
                object["name"] as? String ?? "", object["type"] as? String ?? "", object["list"] as? [String] ?? [],
                object["matching_attributes"] as? [String] ?? []
            )
        }
    }()

    @Test("all 124 lists load, with the entry counts per type the JSON has")
    func counts() throws {
        let set = try WarningListSet(directory: WarningListFixtures.realListsDirectory)
        let loaded = set.lists.filter { !$0.isBuiltIn }
        #expect(loaded.count == 124)
        #expect(Self.raw.count == 124)
        var expectedLists: [String: Int] = [:]
        var expectedEntries: [String: Int] = [:]
        for list in Self.raw {
            expectedLists[list.type, default: 0] += 1
            expectedEntries[list.type, default: 0] += list.entries.count
        }
        var lists: [String: Int] = [:]
        var entries: [String: Int] = [:]
        for list in loaded {
            lists[list.type.rawValue, default: 0] += 1
            entries[list.type.rawValue, default: 0] += list.entryCount
        }
        #expect(lists == expectedLists)
        #expect(entries == expectedEntries)
        #expect(lists == ["cidr": 77, "string": 25, "hostname": 17, "substring": 3, "regex": 2])
        #expect(entries.values.reduce(0, +) == 107_488)
        #expect(Set(loaded.map(\.name)) == Set(Self.raw.map(\.name)))
        #expect(set.problems.isEmpty, "\(set.problems)")
    }

    @Test(
        "known values hit the lists that hold them",
        arguments: [
            (ObservableKind.ipv6, "2001:4860:4860::8888", "List of known IPv6 public DNS resolvers", "2001:4860:4860::8888"),
            (.ipv4, "104.16.1.1", "List of known Cloudflare IP ranges", "104.16.0.0/13"),
            (.ipv4, "10.1.2.3", "List of RFC 1918 CIDR blocks", "10.0.0.0/8"),
            (.ipv4, "10.1.2.3", "Reserved and private IP ranges (built in)", "10.0.0.0/8"),
            (.ipv6, "2001:db8::1", "Reserved and private IP ranges (built in)", "2001:db8::/32"),
            (.domain, "google.com", "Top 1000 website from Alexa", "google.com"),
            (.domain, "mail.google.com", "Top 1000 website from Alexa", "google.com"),
            (.domain, "google.com", "Top 1000 websites from Cisco Umbrella", "google.com"),
            (.url, "https://bit.ly/abc", "List of known URL Shorteners domains", "bit.ly"),
            (.md5, "d41d8cd98f00b204e9800998ecf8427e", "List of known hashes for empty files", "d41d8cd98f00b204e9800998ecf8427e"),
            (.email, "someone@mailinator.com", "List of disposable email domains", "mailinator.com"),
            (.email, "abuse@example.org", "Common contact e-mail addresses", "/^(security|noc|soc|abuse)\\@.*\\..*$/i"),
            (.domain, "com", "TLDs as known by IANA", "COM"),
        ])
    func knownHits(kind: ObservableKind, value: String, list: String, entry: String) throws {
        let set = try #require(Self.set)
        let hits = set.hits(kind, value)
        #expect(hits.contains { $0.list == list && $0.entry == entry }, "\(hits)")
    }

    @Test(
        "values on no list do not hit",
        arguments: [
            (ObservableKind.ipv4, "45.133.1.77"), (.domain, "kizuna-test-unlisted-4711.example"),
            (.md5, "0123456789abcdef0123456789abcdef"), (.email, "alice@kizuna-unlisted.example"),
        ])
    func knownMisses(kind: ObservableKind, value: String) throws {
        let set = try #require(Self.set)
        #expect(set.hits(kind, value).isEmpty, "\(set.hits(kind, value))")
    }

    @Test("domain hits agree with a naive scan of every string, hostname and substring list")
    func domainsAgreeWithNaiveScan() throws {
        let set = try #require(Self.set)
        let dots = CharacterSet(charactersIn: ".")
        let applicable = Self.raw.filter { $0.attributes.contains { ["domain", "hostname", "domain|ip"].contains($0) } }
            .map { list in
                (
                    name: list.name, type: list.type, entries: list.entries,
                    names: list.entries.map { $0.lowercased().trimmingCharacters(in: dots) },
                    canonical: Set(list.entries.compactMap { ObservableNormalizer.canonical($0, as: .domain) }),
                    fragments: list.entries.map { $0.lowercased() }
                )
            }
        var samples: [String] = ["example.com", "a.b.c.d.example", "xn--bcher-kva.example"]
        var generator = SystemRandomNumberGenerator()
        for list in applicable where list.type != "regex" && !list.entries.isEmpty {
            for _ in 0..<3 {
                guard let canonical = ObservableNormalizer.canonical(list.names.randomElement(using: &generator)!, as: .domain) else { continue }
                samples.append(canonical)
                samples.append("sub\(Int.random(in: 0..<100, using: &generator)).\(canonical)")
                samples.append("x" + canonical)
            }
        }
        for value in samples {
            var expected: Set<String> = []
            for list in applicable {
                let hit: Bool
                switch list.type {
                case "hostname": hit = list.names.contains { value == $0 || value.hasSuffix("." + $0) }
                case "string": hit = list.canonical.contains(value)
                case "substring": hit = list.fragments.contains { value.contains($0) }
                default: hit = false
                }
                if hit { expected.insert(list.name) }
            }
            let found = Set(set.hits(.domain, value).map(\.list))
            #expect(found == expected, "\(value)")
        }
    }

    @Test("IPv4 hits agree with a naive scan of every cidr list")
    func addressesAgreeWithNaiveScan() throws {
        let set = try #require(Self.set)
        let networks: [(list: String, base: UInt32, mask: UInt32)] = Self.raw.filter { $0.type == "cidr" }.flatMap { list in
            list.entries.compactMap { entry -> (String, UInt32, UInt32)? in
                let parts = entry.split(separator: "/")
                let octets = parts[0].split(separator: ".").compactMap { UInt32($0) }
                guard octets.count == 4, !parts[0].contains(":") else { return nil }
                let length = parts.count == 2 ? Int(parts[1])! : 32
                let mask: UInt32 = length == 0 ? 0 : ~0 << UInt32(32 - length)
                return (list.name, (octets[0] << 24 | octets[1] << 16 | octets[2] << 8 | octets[3]) & mask, mask)
            }
        }
        var generator = SystemRandomNumberGenerator()
        var addresses: [UInt32] = (0..<2000).map { _ in UInt32.random(in: 0...UInt32.max, using: &generator) }
        for _ in 0..<2000 {
            let network = networks.randomElement(using: &generator)!
            addresses.append(network.base | (UInt32.random(in: 0...UInt32.max, using: &generator) & ~network.mask))
        }
        for address in addresses {
            let text = "\(address >> 24).\(address >> 16 & 255).\(address >> 8 & 255).\(address & 255)"
            let expected = Set(networks.filter { address & $0.mask == $0.base }.map(\.list))
            let found = Set(set.hits(.ipv4, text).map(\.list)).subtracting(["Reserved and private IP ranges (built in)"])
            #expect(found == expected, "\(text)")
        }
    }
}
