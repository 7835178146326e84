import STIX

/// Writes a DNS response policy zone (BIND zone file syntax) for feed indicators.
///
/// The zone starts with `$ORIGIN`, `$TTL`, SOA and NS records. Each indicator's records follow a
/// `; indicator--… TLP:X name` comment: for a domain, a QNAME trigger for the name and one for `*.name` (its
/// subdomains); for an address or network, an `rpz-ip` (response IP) trigger. All use the writer's action. URLs
/// (whose host as a whole is not bad) and other kinds are not listed; domains whose wildcard name would exceed 253
/// characters under the origin, or whose last label is an RPZ trigger label (`rpz-ip`, …), are skipped, as are
/// networks of prefix length 0. IPv4-mapped IPv6 addresses are written as IPv4 triggers, the form BIND requires.
public struct RPZZoneWriter: FeedWriter {
    /// `text/dns` (RFC 4027).
    public var contentType: String { "text/dns" }
    /// The zone's origin, with its trailing dot.
    public let origin: String
    /// What listed names and addresses get.
    public let action: RPZAction
    /// The SOA serial.
    public let serial: UInt32
    /// How many owner names were written so far.
    public private(set) var recordCount = 0

    private let recordSuffix: [UInt8]

    /// Creates a writer for a zone at `origin`, made absolute by ``validOrigin(_:)``; check user input with that first
    /// (an origin it refuses is only given a trailing dot).
    public init(origin: String = "rpz.kizuna.", action: RPZAction = .nxdomain, serial: UInt32) {
        self.origin = Self.validOrigin(origin) ?? (origin.hasSuffix(".") ? origin : origin + ".")
        self.action = action
        self.serial = serial
        self.recordSuffix = Array((" CNAME " + action.target + "\n").utf8)
    }

    /// `text` as an absolute zone origin (`rpz.kizuna.`), or nil when it is not a valid domain name.
    public static func validOrigin(_ text: String) -> String? {
        RPZNames.absoluteHost(text)
    }

    /// Appends `$ORIGIN`, `$TTL`, SOA and NS.
    public mutating func begin(into output: inout [UInt8]) {
        FeedText.append("$ORIGIN ", to: &output)
        FeedText.append(self.origin, to: &output)
        FeedText.append("\n$TTL 300\n@ IN SOA localhost. hostmaster.localhost. ", to: &output)
        FeedText.appendDecimal(UInt64(self.serial), to: &output)
        FeedText.append(" 3600 600 604800 300\n@ IN NS localhost.\n", to: &output)
    }

    /// Appends the indicator's comment and triggers, or nothing when it has no listable entry.
    public mutating func write(_ indicator: FeedIndicator, into output: inout [UInt8]) {
        let originLength = self.origin.utf8.count
        var commented = false
        for entry in indicator.entries {
            switch entry.kind {
            case .domain:
                guard RPZNames.isListable(entry.value, originLength: originLength) else { continue }
                self.appendComment(indicator, once: &commented, to: &output)
                FeedText.append(entry.value, to: &output)
                output.append(contentsOf: self.recordSuffix)
                FeedText.append("*.", to: &output)
                FeedText.append(entry.value, to: &output)
                output.append(contentsOf: self.recordSuffix)
                self.recordCount += 2
            case .ipv4, .ipv4Network, .ipv6, .ipv6Network:
                let mark = output.count
                let wasCommented = commented
                self.appendComment(indicator, once: &commented, to: &output)
                guard RPZNames.appendAddressTrigger(entry, to: &output) else {
                    output.removeSubrange(mark...)
                    commented = wasCommented
                    continue
                }
                output.append(contentsOf: self.recordSuffix)
                self.recordCount += 1
            case .url, .email, .md5, .sha1, .sha256, .sha512:
                continue
            }
        }
    }

    private func appendComment(_ indicator: FeedIndicator, once done: inout Bool, to output: inout [UInt8]) {
        guard !done else { return }
        done = true
        FeedText.append("; ", to: &output)
        FeedText.appendSingleLine(indicator.id, to: &output)
        output.append(UInt8(ascii: " "))
        FeedText.append(FeedText.label(of: indicator.tlp), to: &output)
        if let name = indicator.name, !name.isEmpty {
            output.append(UInt8(ascii: " "))
            FeedText.appendSingleLine(name, to: &output)
        }
        output.append(UInt8(ascii: "\n"))
    }
}
