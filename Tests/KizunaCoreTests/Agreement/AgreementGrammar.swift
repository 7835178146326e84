import KizunaTestSupport
import STIX

/// Random patterns and SCOs over a small pool of observable values that share keys in many spellings (CIDR, `/32`,
/// uppercase and uncompressed IPv6, leading zeros, case and trailing-dot domain variants, hash case and algorithm
/// names), so that index lookups and pattern evaluation meet on the same values.
struct AgreementGrammar {

    /// The observable kinds the grammar draws from.
    enum Kind: CaseIterable {
        case ipv4, ipv6, domain, url, email, file
        /// `network-traffic:dst_ref.value`, an address reached through a reference.
        case traffic
    }

    static let ipv4Values = [
        "198.51.100.7", "198.51.100.7/32", "198.051.100.007", "198.51.100.07", "198.51.100.8", "198.51.100.0/24",
        "198.51.100.0/25", "198.51.100.128/25", "198.51.100.7/24", "198.51.0.0/16", "198.51.100.0/16", "198.0.0.0/8",
        "0.0.0.0/0", "198.51.100.7/032", "10.0.0.1", "not-an-address", "2001:db8::1",
    ]
    static let ipv6Values = [
        "2001:db8::1", "2001:DB8:0:0::1", "2001:0db8:0000:0000:0000:0000:0000:0001", "2001:db8::1/128", "2001:db8::2",
        "2001:db8::/32", "2001:db8::/64", "2001:DB8::/32", "2001:db8:0:0:0:0:0:1/64", "2001:db8::", "::/0",
        "::ffff:198.51.100.7", "::ffff:198.051.100.7", "2001:db8::1%eth0", "198.51.100.7", "2001:db8::1/0128",
    ]
    static let domains = [
        "example.com", "Example.COM", "example.com.", "a.example.com", "A.Example.com", "b.a.example.com.", "xample.com",
        "éxample.com", "bad domain.example.com", ".example.com", "example.org", "sub.example.org", "EXAMPLE.com",
        "a.example.com.", "ample.com",
    ]
    static let domainLikes = [
        "%.example.com", "%example.com", "%.Example.com", "%.example.com.", "example.com", "Example.com", "exa_ple.com",
        "%ample.com", "%.com", "%.org", "a.%",
    ]
    static let urls = [
        "http://example.com/", "HTTP://Example.com/", "http://example.com", "http://example.com:80/", "http://example.com/a/../b",
        "http://example.com/b", "https://example.com/x?y=1", "http://example.com/%7Euser", "http://example.com/~user",
        "http://198.51.100.7/", "not a url",
    ]
    static let emails = [
        "user@example.com", "User@Example.com", "user@EXAMPLE.com", "user@example.com.", "other@example.com", "user@éxample.com",
    ]
    static let sha256 = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"
    static let hashValues = [
        Self.sha256, Self.sha256.uppercased(), "E3b0" + Self.sha256.dropFirst(4),
        "a" + Self.sha256.dropFirst(), "d41d8cd98f00b204e9800998ecf8427e", "D41D8CD98F00B204E9800998ECF8427E", "e3b0c442",
    ]
    static let hashNames = ["SHA-256", "SHA256", "sha256", "MD5", "md5", "SHA-1"]
    static let regexes = ["^198.51", "example.com$", "^[0-9a-f]+$", "EXAMPLE", "^2001:", "/2[45]$", "^user@"]

    var generator: SplitMix64

    init(seed: UInt64) {
        self.generator = SplitMix64(seed: seed)
    }

    mutating func chance(_ percent: Int) -> Bool {
        Int.random(in: 0..<100, using: &self.generator) < percent
    }

    mutating func pick<Element>(_ elements: [Element]) -> Element {
        elements.randomElement(using: &self.generator)!
    }

    // MARK: Patterns

    /// A pattern: usually one bracketed expression of one to three comparisons, sometimes two joined by `OR`/`AND`.
    mutating func pattern() -> String {
        let first = "[" + self.comparisons(depth: 0) + "]"
        guard self.chance(15) else { return first }
        return first + (self.chance(50) ? " OR " : " AND ") + "[" + self.comparisons(depth: 0) + "]"
    }

    /// Comparisons joined by `AND`/`OR`, sometimes parenthesised; mostly of one object type, as `AND` requires.
    private mutating func comparisons(depth: Int) -> String {
        let kind = self.pick(Kind.allCases)
        var text = self.comparison(kind)
        let extra = depth > 0 ? 0 : Int.random(in: 0...2, using: &self.generator)
        for _ in 0..<extra {
            let next = self.chance(85) ? kind : self.pick(Kind.allCases)
            let operand = self.chance(20) ? "(" + self.comparisons(depth: depth + 1) + ")" : self.comparison(next)
            text += (self.chance(50) ? " OR " : " AND ") + operand
        }
        return text
    }

    private mutating func comparison(_ kind: Kind) -> String {
        let not = self.chance(12) ? "NOT " : ""
        switch kind {
        case .ipv4, .ipv6:
            let type = kind == .ipv4 ? "ipv4-addr" : "ipv6-addr"
            let values = self.chance(80) ? (kind == .ipv4 ? Self.ipv4Values : Self.ipv6Values) : Self.ipv4Values + Self.ipv6Values
            let operation = self.pick(["=", "=", "!=", "IN", "ISSUBSET", "ISSUBSET", "ISSUPERSET", "LIKE", "MATCHES"])
            return "\(type):value \(not)" + self.operation(operation, values)
        case .domain:
            let operation = self.pick(["=", "=", "!=", "IN", "LIKE", "LIKE", "LIKE", "MATCHES"])
            let values = operation == "LIKE" ? Self.domainLikes : Self.domains
            return "domain-name:value \(not)" + self.operation(operation, values)
        case .url:
            return "url:value \(not)" + self.operation(self.pick(["=", "=", "!=", "IN", "LIKE", "MATCHES"]), Self.urls)
        case .email:
            return "email-addr:value \(not)" + self.operation(self.pick(["=", "=", "!=", "IN", "LIKE", "MATCHES"]), Self.emails)
        case .file:
            let name = self.pick(Self.hashNames)
            return "file:hashes.'\(name)' \(not)" + self.operation(self.pick(["=", "=", "=", "!=", "IN", "LIKE", "MATCHES"]), Self.hashValues)
        case .traffic:
            let operation = self.pick(["=", "=", "IN", "ISSUBSET", "!="])
            return "network-traffic:dst_ref.value \(not)" + self.operation(operation, Self.ipv4Values + Self.ipv6Values)
        }
    }

    private mutating func operation(_ operation: String, _ values: [String]) -> String {
        switch operation {
        case "IN":
            let items = (0..<Int.random(in: 1...3, using: &self.generator)).map { _ in "'\(self.pick(values))'" }
            return "IN (" + items.joined(separator: ", ") + ")"
        case "MATCHES":
            return "MATCHES '\(self.pick(Self.regexes))'"
        case "LIKE" where self.chance(30):
            return "LIKE '%" + String(self.pick(values).suffix(Int.random(in: 3...8, using: &self.generator))) + "'"
        default:
            return "\(operation) '\(self.pick(values))'"
        }
    }

    // MARK: Observed objects

    /// One to three SCOs, keyed `"0"`, `"1"`, …; a `network-traffic` object refers to an address object after it.
    mutating func objects() -> [String: JSONObject] {
        var objects: [String: JSONObject] = [:]
        var key = 0
        let count = Int.random(in: 1...3, using: &self.generator)
        while key < count {
            let kind = self.pick(Kind.allCases)
            if kind == .traffic {
                objects[String(key)] = ["type": "network-traffic", "dst_ref": .string(String(key + 1)), "protocols": ["tcp"]]
                objects[String(key + 1)] = self.sco(self.chance(50) ? .ipv4 : .ipv6)
                key += 2
            } else {
                objects[String(key)] = self.sco(kind)
                key += 1
            }
        }
        return objects
    }

    private mutating func sco(_ kind: Kind) -> JSONObject {
        switch kind {
        case .ipv4: ["type": "ipv4-addr", "value": .string(self.pick(self.chance(85) ? Self.ipv4Values : Self.ipv6Values))]
        case .ipv6: ["type": "ipv6-addr", "value": .string(self.pick(self.chance(85) ? Self.ipv6Values : Self.ipv4Values))]
        case .domain: ["type": "domain-name", "value": .string(self.pick(Self.domains))]
        case .url: ["type": "url", "value": .string(self.pick(Self.urls))]
        case .email: ["type": "email-addr", "value": .string(self.pick(Self.emails))]
        case .file: ["type": "file", "hashes": .object(self.hashes())]
        case .traffic: ["type": "network-traffic", "protocols": ["tcp"]]
        }
    }

    private mutating func hashes() -> JSONObject {
        var hashes: JSONObject = [:]
        for _ in 0..<Int.random(in: 1...2, using: &self.generator) {
            hashes[self.pick(Self.hashNames)] = .string(self.pick(Self.hashValues))
        }
        return hashes
    }
}
