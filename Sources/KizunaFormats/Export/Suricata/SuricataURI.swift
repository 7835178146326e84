/// The text Suricata 7's normalised `http.uri` buffer shows for a canonical URL's path and query.
///
/// libhtp (Suricata's defaults) decodes every `%XX` escape of the query, and of the path every escape but `%2F`, which
/// stays as sent; `+` is kept. Checked against Suricata 7.0.10 with replayed requests.
enum SuricataURI {
    /// The normalised bytes of `pathAndQuery` (canonical, so escapes are uppercase: a request that sends `%2f` in
    /// the path does not match, which never matches more than the URL).
    static func normalized(_ pathAndQuery: Substring) -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(pathAndQuery.utf8.count)
        let bytes = Array(pathAndQuery.utf8)
        var inQuery = false
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "?") { inQuery = true }
            if byte == UInt8(ascii: "%"), index + 2 < bytes.count, let high = Self.hexValue(bytes[index + 1]),
                let low = Self.hexValue(bytes[index + 2])
            {
                let decoded = high << 4 | low
                if inQuery || decoded != UInt8(ascii: "/") {
                    output.append(decoded)
                    index += 3
                    continue
                }
            }
            output.append(byte)
            index += 1
        }
        return output
    }

    private static func hexValue(_ byte: UInt8) -> UInt8? {
        if byte &- 0x30 < 10 { return byte &- 0x30 }
        let lower = byte | 0x20
        return lower &- 0x61 < 6 ? lower &- 0x57 : nil
    }
}
