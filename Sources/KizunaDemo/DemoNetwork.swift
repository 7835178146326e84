/// Network indicators that look real but cannot hurt a real party.
///
/// IPv4 addresses come from the documentation ranges of RFC 5737 (TEST-NET-1/2/3), so a demo
/// blocklist fed to a real firewall blocks nobody. Malicious domain names are brand look-alikes
/// with a random token and a TLD popular with phishing kits, so they read like the real thing.
enum DemoNetwork {
    /// 762 usable documentation addresses.
    static let addressPool: [String] = ["192.0.2", "198.51.100", "203.0.113"].flatMap { prefix in
        (1...254).map { "\(prefix).\($0)" }
    }

    static let phishingTLDs = ["top", "xyz", "icu", "shop", "online", "buzz", "cc", "vip", "sbs", "cn", "life"]
    static let lureWords = [
        "login", "secure", "verify", "direct", "auth", "support", "kakunin", "netbank", "account", "update",
        "security", "info", "service", "customer", "ib",
    ]
    static let alphanumerics = "abcdefghijklmnopqrstuvwxyz0123456789"
}

extension SeededGenerator {
    /// A look-alike domain for `brand`, such as `sakuragi-netbank-k3f9.top`.
    mutating func lookAlikeDomain(brand: String) -> String {
        let word = self.pick(DemoNetwork.lureWords)
        let token = self.string(count: self.int(in: 3...5), from: DemoNetwork.alphanumerics)
        let tld = self.pick(DemoNetwork.phishingTLDs)
        switch self.int(in: 0...3) {
        case 0: return "\(brand)-\(word)-\(token).\(tld)"
        case 1: return "\(brand)\(token).\(word).\(tld)"
        case 2: return "\(word)-\(brand)-jp.\(token).\(tld)"
        default: return "\(brand)-\(word).\(token).\(tld)"
        }
    }

    /// A domain with the look of attacker-registered C2 infrastructure.
    mutating func c2Domain() -> String {
        let words = [
            "cdn", "update", "sync", "cloud", "api", "static", "office", "mail", "news", "weather", "msn",
            "time", "docs", "drive", "edge", "telemetry",
        ]
        let tlds = ["com", "net", "org", "info", "biz", "top", "xyz", "site"]
        let first = self.pick(words)
        var second = self.pick(words)
        while second == first { second = self.pick(words) }
        let token = self.string(count: self.int(in: 2...4), from: DemoNetwork.alphanumerics)
        return "\(first)-\(second)\(token).\(self.pick(tlds))"
    }

    /// SHA-256, SHA-1 and MD5 values in STIX `hashes` form (random, so they match no real file).
    mutating func fileHashes() -> [(String, String)] {
        [("SHA-256", self.hex(count: 64)), ("SHA-1", self.hex(count: 40)), ("MD5", self.hex(count: 32))]
    }
}
