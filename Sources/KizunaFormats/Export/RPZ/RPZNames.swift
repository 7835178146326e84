import STIXPatterns

/// Owner names of RPZ records.
enum RPZNames {
    /// `host` as a canonical absolute name (`host.example.`), or nil when it is not a valid domain name.
    static func absoluteHost(_ host: String) -> String? {
        ObservableNormalizer.canonical(host, as: .domain).map { $0 + "." }
    }

    /// Whether `domain` (canonical) may be listed under an origin of `originLength` characters (with its trailing
    /// dot): `*.domain.origin` stays within 253 characters, and the last label is not one that makes an owner name an
    /// RPZ trigger of another kind (`rpz-ip`, `rpz-nsip`, `rpz-nsdname`, `rpz-client-ip`).
    static func isListable(_ domain: String, originLength: Int) -> Bool {
        let utf8 = domain.utf8
        guard !utf8.isEmpty, utf8.count + 2 + originLength <= 254 else { return false }
        let lastLabel = utf8.lastIndex(of: UInt8(ascii: ".")).map { domain[domain.utf8.index(after: $0)...] } ?? Substring(domain)
        guard lastLabel.utf8.starts(with: "rpz-".utf8) else { return true }
        return !["rpz-ip", "rpz-nsip", "rpz-nsdname", "rpz-client-ip"].contains(lastLabel)
    }

    /// Appends the `rpz-ip` trigger of an address or network entry (`32.4.3.2.1.rpz-ip`, `48.zz.db8.2001.rpz-ip`),
    /// or returns false when the entry is not one or has prefix length 0. IPv4-mapped IPv6 addresses and networks
    /// (`::ffff:0:0/96` and narrower) are written as the IPv4 triggers BIND takes as their canonical form.
    static func appendAddressTrigger(_ entry: FeedEntry, to output: inout [UInt8]) -> Bool {
        let value = entry.value
        let slash = value.utf8.firstIndex(of: UInt8(ascii: "/"))
        let address = slash.map { value[..<$0] } ?? Substring(value)
        var length: UInt64 = entry.kind == .ipv4 || entry.kind == .ipv4Network ? 32 : 128
        if let slash {
            guard let prefix = UInt64(value[value.utf8.index(after: slash)...]) else { return false }
            length = prefix
        }
        switch entry.kind {
        case .ipv4, .ipv4Network:
            guard let quad = IPAddressText.ipv4(address) else { return false }
            return Self.appendIPv4Trigger(quad, length: length, to: &output)
        case .ipv6, .ipv6Network:
            guard let groups = IPAddressText.ipv6(address) else { return false }
            let isMapped = groups[0] == 0 && groups[1] == 0 && groups[2] == 0 && groups[3] == 0 && groups[4] == 0 && groups[5] == 0xFFFF
            if isMapped, length >= 96 {
                return Self.appendIPv4Trigger(UInt32(groups[6]) << 16 | UInt32(groups[7]), length: length - 96, to: &output)
            }
            guard length > 0 else { return false }
            FeedText.appendDecimal(length, to: &output)
            Self.appendReversedGroups(groups, to: &output)
            FeedText.append(".rpz-ip", to: &output)
            return true
        default:
            return false
        }
    }

    /// Appends `length.d.c.b.a.rpz-ip`, or returns false for prefix length 0.
    private static func appendIPv4Trigger(_ quad: UInt32, length: UInt64, to output: inout [UInt8]) -> Bool {
        guard length > 0 else { return false }
        FeedText.appendDecimal(length, to: &output)
        for shift: UInt32 in [0, 8, 16, 24] {
            output.append(UInt8(ascii: "."))
            FeedText.appendDecimal(UInt64(quad >> shift & 0xFF), to: &output)
        }
        FeedText.append(".rpz-ip", to: &output)
        return true
    }

    /// Appends `.g7.g6….g0` in hex without leading zeros, the longest run of two or more zero groups (the first of
    /// equal runs, as RFC 5952 chooses) written once as `zz`.
    private static func appendReversedGroups(_ groups: SIMD8<UInt16>, to output: inout [UInt8]) {
        let run = IPAddressText.compressedRun(groups)
        var index = 7
        while index >= 0 {
            output.append(UInt8(ascii: "."))
            if let run, index == run.upperBound - 1 {
                FeedText.append("zz", to: &output)
                index = run.lowerBound - 1
                continue
            }
            IPAddressText.appendHex(groups[index], to: &output)
            index -= 1
        }
    }
}
