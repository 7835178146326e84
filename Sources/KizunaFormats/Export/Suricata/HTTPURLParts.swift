/// The parts of a canonical `http://` URL that Suricata's HTTP buffers show.
struct HTTPURLParts {
    /// The host as `http.host` shows it (lowercase name or dotted quad, no port).
    let host: Substring
    /// The TCP port (80 unless the URL names another).
    let port: Int
    /// The path and query as `http.uri` shows them.
    let pathAndQuery: Substring

    /// The parts of `url` (canonical, see `ObservableNormalizer`), or nil when it is not plain `http` or carries user
    /// information or an IPv6 literal host, whose requests Suricata cannot match exactly.
    init?(_ url: String) {
        let utf8 = url.utf8
        guard utf8.starts(with: "http://".utf8) else { return nil }
        let authorityStart = utf8.index(utf8.startIndex, offsetBy: 7)
        let slash = utf8[authorityStart...].firstIndex(of: UInt8(ascii: "/")) ?? utf8.endIndex
        guard authorityStart < slash, utf8[authorityStart] != UInt8(ascii: "[") else { return nil }
        var colon: String.Index?
        for index in utf8[authorityStart..<slash].indices {
            switch utf8[index] {
            case UInt8(ascii: "@"): return nil
            case UInt8(ascii: ":"): colon = index
            default: continue
            }
        }
        if let colon {
            guard let port = Int(url[utf8.index(after: colon)..<slash]) else { return nil }
            self.host = url[authorityStart..<colon]
            self.port = port
        } else {
            self.host = url[authorityStart..<slash]
            self.port = 80
        }
        self.pathAndQuery = slash == utf8.endIndex ? "/" : url[slash...]
    }
}
