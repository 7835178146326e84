import STIXPatterns

/// Tells which kind of observable a whole CSV cell is, for `auto` columns.
enum CellKindDetector {
    /// The kind and canonical value of `text` (already trimmed and refanged), or nil when it is none.
    ///
    /// In order: an IPv4 or IPv6 address; a URL when it has `://`; an e-mail address when it has `@`; a hash when it
    /// is 32, 40, 64 or 128 hex digits; a domain name when it passes the free-text rules (`DomainHeuristics`: two or
    /// more labels, a letters-only or `xn--` top-level label that is not a file extension).
    static func detect(_ text: String) -> (ObservableKind, String)? {
        for kind in [ObservableKind.ipv4, .ipv6] {
            if let value = ObservableNormalizer.canonical(text, as: kind) { return (kind, value) }
        }
        if text.contains("://") {
            return ObservableNormalizer.canonical(text, as: .url).map { (.url, $0) }
        }
        if text.contains("@") {
            return ObservableNormalizer.canonical(text, as: .email).map { (.email, $0) }
        }
        if text.utf8.allSatisfy({ $0 &- UInt8(ascii: "0") < 10 || ($0 | 0x20) &- UInt8(ascii: "a") < 6 }) {
            let kinds: [Int: ObservableKind] = [32: .md5, 40: .sha1, 64: .sha256, 128: .sha512]
            if let kind = kinds[text.utf8.count] { return ObservableNormalizer.canonical(text, as: kind).map { (kind, $0) } }
        }
        guard let domain = ObservableNormalizer.canonical(text, as: .domain) else { return nil }
        let likely = Array(domain.utf8).withUnsafeBytes { DomainHeuristics.isLikelyDomain($0) }
        return likely ? (.domain, domain) : nil
    }
}
