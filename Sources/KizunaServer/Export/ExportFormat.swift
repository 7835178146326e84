/// The export formats; each name is the same in `kizuna export --format` and `GET /api/v1/export/{format}`.
public enum ExportFormat: String, Sendable, CaseIterable {
    /// Suricata 7 rules (or, with `list`, one of the file-hash lists the rules read).
    case suricata
    /// A Zeek Intel framework file.
    case zeek
    /// A DNS response-policy zone (RPZ) for BIND, Unbound or PowerDNS.
    case rpz
    /// One CSV row per observable.
    case csv
    /// One value a line, of the observable kinds named by `type`.
    case text
    /// A STIX 2.1 bundle of every readable object that matches the filters.
    case stix
    /// A MISP feed: a directory from the CLI, a tar archive over HTTP.
    case mispFeed = "misp-feed"

    /// Whether the format lists the observables of active indicators (rather than whole objects).
    public var isFeed: Bool {
        switch self {
        case .stix, .mispFeed: false
        default: true
        }
    }

    /// Every format name, for error messages.
    public static var names: String { Self.allCases.map(\.rawValue).joined(separator: ", ") }
}
