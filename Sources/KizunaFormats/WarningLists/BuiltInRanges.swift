import STIXPatterns

/// The reserved and special-purpose address ranges that are never worth sharing as indicators, always applied.
///
/// From the IANA IPv4 and IPv6 Special-Purpose Address Registries (RFC 6890 and later), the blocks that are not
/// globally reachable, plus multicast and the IPv4-mapped block. Special blocks that are globally reachable (AS112
/// 192.31.196.0/24 and 192.175.48.0/24, AMT 192.52.193.0/24, 6to4 2002::/16, Teredo 2001::/32, NAT64 64:ff9b::/96)
/// are left out: addresses in them can be real attackers' or victims'.
enum BuiltInRanges {
    /// The built-in list's name.
    static let name = "Reserved and private IP ranges (built in)"

    /// The networks.
    static let entries: [String] = [
        "0.0.0.0/8",  // "this network" (RFC 791)
        "10.0.0.0/8",  // private (RFC 1918)
        "100.64.0.0/10",  // shared address space, carrier-grade NAT (RFC 6598)
        "127.0.0.0/8",  // loopback (RFC 1122)
        "169.254.0.0/16",  // link local (RFC 3927)
        "172.16.0.0/12",  // private (RFC 1918)
        "192.0.0.0/24",  // IETF protocol assignments (RFC 6890)
        "192.0.2.0/24",  // documentation TEST-NET-1 (RFC 5737)
        "192.168.0.0/16",  // private (RFC 1918)
        "198.18.0.0/15",  // benchmarking (RFC 2544)
        "198.51.100.0/24",  // documentation TEST-NET-2 (RFC 5737)
        "203.0.113.0/24",  // documentation TEST-NET-3 (RFC 5737)
        "224.0.0.0/4",  // multicast (RFC 5771)
        "240.0.0.0/4",  // reserved (RFC 1112)
        "255.255.255.255/32",  // limited broadcast (RFC 919)
        "::/128",  // unspecified (RFC 4291)
        "::1/128",  // loopback (RFC 4291)
        "::ffff:0:0/96",  // IPv4-mapped (RFC 4291)
        "64:ff9b:1::/48",  // local-use IPv4/IPv6 translation (RFC 8215)
        "100::/64",  // discard-only (RFC 6666)
        "2001:2::/48",  // benchmarking (RFC 5180)
        "2001:db8::/32",  // documentation (RFC 3849)
        "3fff::/20",  // documentation (RFC 9637)
        "5f00::/16",  // segment routing (SRv6) SIDs (RFC 9602)
        "fc00::/7",  // unique local (RFC 4193)
        "fe80::/10",  // link local (RFC 4291)
        "ff00::/8",  // multicast (RFC 4291)
    ]

    /// The list: cidr, applied to IPv4 and IPv6 addresses and to URLs whose host is an address.
    static let list = WarningList(
        name: Self.name, type: .cidr, entries: Self.entries, kinds: ObservableKindSet([.ipv4, .ipv6, .url]), file: nil)
}
