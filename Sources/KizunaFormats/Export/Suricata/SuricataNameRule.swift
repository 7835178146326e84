/// The three Suricata rules written for a domain name, each matching the exact name in one protocol buffer.
enum SuricataNameRule: CaseIterable {
    /// `dns.query` of a DNS request.
    case dns
    /// `tls.sni` of a TLS client hello.
    case tls
    /// `http.host` of an HTTP request.
    case httpHost

    /// The rule kind in the stable sid key.
    var kind: StaticString {
        switch self {
        case .dns: "dns"
        case .tls: "tls"
        case .httpHost: "http-host"
        }
    }

    /// The rule header up to the opening parenthesis of the options.
    var header: String {
        switch self {
        case .dns: "alert dns any any -> any any ("
        case .tls: "alert tls any any -> any any ("
        case .httpHost: "alert http any any -> any any ("
        }
    }

    /// The sticky buffer keyword.
    var buffer: String {
        switch self {
        case .dns: "dns.query"
        case .tls: "tls.sni"
        case .httpHost: "http.host"
        }
    }

    /// What follows the content text: exact-match anchors, and `nocase` except for `http.host`, which Suricata
    /// lowercases itself and where content must be lowercase.
    var modifiers: String {
        switch self {
        case .dns, .tls: "\"; nocase; startswith; endswith; "
        case .httpHost: "\"; startswith; endswith; "
        }
    }
}
