import STIX

/// Writes Suricata 7 rules for feed indicators.
///
/// Per indicator: one `alert ip [addresses] any <> any any` rule for all its IPv4/IPv6 addresses and networks; for
/// each domain, an exact-name `dns.query`, `tls.sni` and `http.host` rule; for each plain `http://` URL, an `http`
/// rule on the exact `http.host` and normalised `http.uri` (see ``SuricataURI``) to the URL's port. `https` URLs (whose
/// path is encrypted), URLs with user information or an IPv6 literal host, and e-mail addresses (Suricata has no
/// keyword that reliably sees an address) get no rule. MD5, SHA-1 and SHA-256 entries go to hash list files
/// (``SuricataHashListWriter``), and ``end(into:)`` writes one `alert ip … filemd5`/`filesha1`/`filesha256` rule per
/// kind seen (files of every protocol Suricata extracts); SHA-512 has no Suricata keyword. Suricata 7 computes only one digest per file unless the
/// `eve-log` `files` output sets `force-hash: [md5, sha1, sha256]`, so with more than one list kind in an export only
/// one list is checked without that setting (seen with 7.0.10); the rules file then says so in a comment.
///
/// Signature ids are stable: `sidBase + FNV-1a64("indicator-id|rule-kind|value") mod (UInt32.max - sidBase)`, so a
/// rule keeps its sid across exports and indicator versions. A collision within one export takes the next free sid
/// (wrapping within the range), which is deterministic for a given input order. The set of sids used so far (a
/// ``SIDSet``, 4 bytes a slot, at most about 11 bytes a rule) is the only memory that grows with the export.
public struct SuricataRuleWriter: FeedWriter {
    /// `text/plain; charset=utf-8`.
    public var contentType: String { "text/plain; charset=utf-8" }
    /// The lowest sid used.
    public let sidBase: UInt32
    /// The prefix of hash list file names (see ``hashListName(for:prefix:)``).
    public let hashListPrefix: String
    /// How many rules were written so far.
    public private(set) var ruleCount = 0
    /// How many rules were left out because every sid of the range was taken (only with tiny test ranges).
    public private(set) var droppedRuleCount = 0

    private let sidCount: UInt32
    private var usedSIDs = SIDSet()
    private var hashKindsSeen: UInt8 = 0
    /// The current indicator's `msg:"…"; ` option, rendered once for all its rules.
    private var message: [UInt8] = []
    /// The current indicator's `metadata:…; classtype:…; sid:`, rendered once for all its rules.
    private var trailer: [UInt8] = []

    /// Creates a writer whose sids lie in `sidBase..<UInt32.max`; `sidBase` must be at least 1.
    public init(sidBase: UInt32 = 9_000_000, hashListPrefix: String = "kizuna") {
        self.init(sidBase: sidBase, sidCount: UInt32.max - sidBase, hashListPrefix: hashListPrefix)
    }

    /// Creates a writer whose sids lie in `sidBase..<sidBase + sidCount` (tests use a tiny range to force collisions).
    init(sidBase: UInt32, sidCount: UInt32, hashListPrefix: String) {
        precondition(sidBase >= 1 && sidCount >= 1 && UInt64(sidBase) + UInt64(sidCount) <= UInt64(UInt32.max) + 1, "invalid sid range")
        self.sidBase = sidBase
        self.sidCount = sidCount
        self.hashListPrefix = hashListPrefix
    }

    /// The file name a hash list of `kind` has: `<prefix>-<kind raw value>.txt` (`kizuna-file-sha256.txt`).
    public static func hashListName(for kind: FeedKind, prefix: String = "kizuna") -> String {
        prefix + "-" + kind.rawValue + ".txt"
    }

    /// Appends a comment line naming the generator.
    public mutating func begin(into output: inout [UInt8]) {
        FeedText.append("# Kizuna indicator rules for Suricata 7\n", to: &output)
    }

    /// Appends the rules of one indicator.
    public mutating func write(_ indicator: FeedIndicator, into output: inout [UInt8]) {
        self.renderCommonOptions(indicator)
        if indicator.entries.contains(where: { $0.kind.isAddress }) { self.writeAddressRule(indicator, into: &output) }
        for entry in indicator.entries {
            switch entry.kind {
            case .domain:
                for rule in SuricataNameRule.allCases { self.writeNameRule(indicator, entry.value, rule, into: &output) }
            case .url:
                self.writeURLRule(indicator, entry.value, into: &output)
            case .md5: self.hashKindsSeen |= 1
            case .sha1: self.hashKindsSeen |= 2
            case .sha256: self.hashKindsSeen |= 4
            case .ipv4, .ipv4Network, .ipv6, .ipv6Network, .email, .sha512:
                continue
            }
        }
    }

    /// Appends one rule per hash list kind seen in the export.
    public mutating func end(into output: inout [UInt8]) {
        let lists: [(bit: UInt8, kind: FeedKind, keyword: StaticString, label: String)] = [
            (1, .md5, "filemd5", "MD5"), (2, .sha1, "filesha1", "SHA-1"), (4, .sha256, "filesha256", "SHA-256"),
        ]
        if self.hashKindsSeen.nonzeroBitCount > 1 {
            FeedText.append(
                "# Suricata computes only one digest per file unless the eve-log files output sets force-hash: [md5, sha1, sha256]\n",
                to: &output)
        }
        for list in lists where self.hashKindsSeen & list.bit != 0 {
            let fileName = Self.hashListName(for: list.kind, prefix: self.hashListPrefix)
            guard let sid = self.allocateSID(StableSID.hash(id: "", kind: list.keyword, value: fileName)) else { continue }
            FeedText.append("alert ip any any -> any any (msg:\"Kizuna file ", to: &output)
            FeedText.append(list.label, to: &output)
            FeedText.append(" list\"; ", to: &output)
            output.append(contentsOf: UnsafeBufferPointer(start: list.keyword.utf8Start, count: list.keyword.utf8CodeUnitCount))
            output.append(UInt8(ascii: ":"))
            SuricataText.appendMessageText(fileName, to: &output)
            FeedText.append("; classtype:trojan-activity; sid:", to: &output)
            FeedText.appendDecimal(UInt64(sid), to: &output)
            FeedText.append("; rev:1;)\n", to: &output)
            self.ruleCount += 1
        }
    }

    private mutating func writeAddressRule(_ indicator: FeedIndicator, into output: inout [UInt8]) {
        guard let sid = self.allocateSID(StableSID.hash(id: indicator.id, kind: "ip", value: "")) else { return }
        FeedText.append("alert ip [", to: &output)
        var first = true
        for entry in indicator.entries where entry.kind.isAddress {
            if !first { output.append(UInt8(ascii: ",")) }
            first = false
            FeedText.append(entry.value, to: &output)
        }
        FeedText.append("] any <> any any (", to: &output)
        output.append(contentsOf: self.message)
        self.appendTrailer(sid: sid, to: &output)
    }

    private mutating func writeNameRule(_ indicator: FeedIndicator, _ name: String, _ rule: SuricataNameRule, into output: inout [UInt8]) {
        guard let sid = self.allocateSID(StableSID.hash(id: indicator.id, kind: rule.kind, value: name)) else { return }
        FeedText.append(rule.header, to: &output)
        output.append(contentsOf: self.message)
        FeedText.append(rule.buffer, to: &output)
        FeedText.append("; content:\"", to: &output)
        SuricataText.appendContentText(name, to: &output)
        FeedText.append(rule.modifiers, to: &output)
        self.appendTrailer(sid: sid, to: &output)
    }

    private mutating func writeURLRule(_ indicator: FeedIndicator, _ url: String, into output: inout [UInt8]) {
        guard let parts = HTTPURLParts(url), let sid = self.allocateSID(StableSID.hash(id: indicator.id, kind: "url", value: url)) else {
            return
        }
        FeedText.append("alert http any any -> any ", to: &output)
        FeedText.appendDecimal(UInt64(parts.port), to: &output)
        FeedText.append(" (", to: &output)
        output.append(contentsOf: self.message)
        FeedText.append("http.host; content:\"", to: &output)
        SuricataText.appendContentText(parts.host, to: &output)
        FeedText.append("\"; startswith; endswith; http.uri; content:\"", to: &output)
        SuricataText.appendContentBytes(SuricataURI.normalized(parts.pathAndQuery), to: &output)
        FeedText.append("\"; startswith; endswith; ", to: &output)
        self.appendTrailer(sid: sid, to: &output)
    }

    /// Renders the indicator's `msg:"Kizuna TLP:X indicator--… name"; ` and `metadata:kizuna_indicator indicator--…;
    /// classtype:trojan-activity; sid:`.
    private mutating func renderCommonOptions(_ indicator: FeedIndicator) {
        self.message.removeAll(keepingCapacity: true)
        FeedText.append("msg:\"Kizuna ", to: &self.message)
        FeedText.append(FeedText.label(of: indicator.tlp), to: &self.message)
        self.message.append(UInt8(ascii: " "))
        SuricataText.appendMessageText(indicator.id, to: &self.message)
        if let name = indicator.name, !name.isEmpty {
            self.message.append(UInt8(ascii: " "))
            SuricataText.appendMessageText(FeedText.truncated(name, to: 100), to: &self.message)
        }
        FeedText.append("\"; ", to: &self.message)
        self.trailer.removeAll(keepingCapacity: true)
        if SuricataText.isPlainIdentifier(indicator.id) {
            FeedText.append("metadata:kizuna_indicator ", to: &self.trailer)
            FeedText.append(indicator.id, to: &self.trailer)
            FeedText.append("; ", to: &self.trailer)
        }
        FeedText.append("classtype:trojan-activity; sid:", to: &self.trailer)
    }

    /// Appends the rendered trailer, the sid and `rev`, and closes the rule.
    private mutating func appendTrailer(sid: UInt32, to output: inout [UInt8]) {
        output.append(contentsOf: self.trailer)
        FeedText.appendDecimal(UInt64(sid), to: &output)
        FeedText.append("; rev:1;)\n", to: &output)
        self.ruleCount += 1
    }

    /// The stable sid for `hash`, probing to the next free one on a collision; nil when the range is full.
    private mutating func allocateSID(_ hash: UInt64) -> UInt32? {
        var offset = UInt32(truncatingIfNeeded: hash % UInt64(self.sidCount))
        for _ in 0..<UInt64(self.sidCount) {
            if self.usedSIDs.insert(self.sidBase &+ offset) { return self.sidBase &+ offset }
            offset = offset + 1 == self.sidCount ? 0 : offset + 1
        }
        self.droppedRuleCount += 1
        return nil
    }
}
