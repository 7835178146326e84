public import HummingbirdCore
public import KizunaCore
public import KizunaFormats

/// What to export and how: the format, the object filters of `GET /objects`, and the format's own settings.
public struct ExportOptions: Sendable {
    public var format: ExportFormat
    /// The filters shared with `GET /api/v1/objects`; feed formats always read indicators.
    public var query: ObjectQuery
    /// For feed formats, only these observable kinds (`type`); all when empty. `text` needs exactly one.
    public var kinds: [FeedKind] = []
    /// Suricata: the first signature id (`sid_base`).
    public var sidBase: UInt32 = 9_000_000
    /// Suricata: instead of the rules, the file-hash list the rules read (`list=file-md5|file-sha1|file-sha256`).
    public var suricataList: FeedKind?
    /// RPZ: the policy action (`action`).
    public var rpzAction: RPZAction = .nxdomain
    /// RPZ: the zone's origin (`origin`).
    public var rpzOrigin = "rpz.kizuna."

    /// The parameters each format accepts besides the object filters.
    static let formatParameters: [ExportFormat: Set<Substring>] = [
        .suricata: ["type", "sid_base", "list"], .zeek: ["type"], .rpz: ["type", "action", "origin"],
        .csv: ["type"], .text: ["type"], .stix: [], .mispFeed: [],
    ]

    /// Reads the options from query parameters (or the CLI's equivalent pairs); a bad value is an error naming it.
    public init(
        format name: String, parameters: FlatDictionary<Substring, Substring>, organisations: [Organisation]
    ) throws {
        guard let format = ExportFormat(rawValue: name) else {
            throw KizunaError.invalidInput(path: "format", reason: "'\(name)' is not an export format (\(ExportFormat.names))")
        }
        self.format = format
        let own = Self.formatParameters[format] ?? []
        let filters = FlatDictionary(parameters.filter { !own.contains($0.key) && $0.key != "format" })
        for (key, _) in parameters where Self.isOtherFormatParameter(key, of: format) {
            throw KizunaError.invalidInput(path: String(key), reason: "not a parameter of the \(name) export")
        }
        if parameters.has("limit") {
            throw KizunaError.invalidInput(
                path: "limit", reason: "an export is not paged: it streams everything that matches (GET /api/v1/objects pages)")
        }
        self.query = try ObjectQuery(parameters: filters, organisations: organisations)
        if format.isFeed {
            self.kinds = try Self.kinds(parameters[values: "type"])
            self.query.types = ["indicator"]
            self.query.includeRevoked = false
        }
        if format == .text, self.kinds.count != 1 {
            throw KizunaError.invalidInput(
                path: "type", reason: "the text export lists one observable kind: type=\(FeedKind.allCases.map(\.rawValue).joined(separator: "|"))")
        }
        if let text = parameters["sid_base"] {
            guard let base = UInt32(text), base >= 1, base <= 4_000_000_000 else {
                throw KizunaError.invalidInput(path: "sid_base", reason: "'\(text)' is not an integer from 1 to 4000000000")
            }
            self.sidBase = base
        }
        if let text = parameters["list"] {
            guard let kind = FeedKind(rawValue: String(text)), SuricataHashListWriter.supportedKinds.contains(kind) else {
                throw KizunaError.invalidInput(path: "list", reason: "'\(text)' is not a Suricata hash list (file-md5, file-sha1, file-sha256)")
            }
            self.suricataList = kind
        }
        if let text = parameters["action"] {
            guard let action = RPZAction(String(text)) else {
                throw KizunaError.invalidInput(
                    path: "action", reason: "'\(text)' is not an RPZ action (nxdomain, nodata, passthru, drop, tcp-only, redirect:HOST)")
            }
            self.rpzAction = action
        }
        if let text = parameters["origin"] {
            guard let origin = RPZZoneWriter.validOrigin(String(text)) else {
                throw KizunaError.invalidInput(path: "origin", reason: "'\(text)' is not a DNS zone name")
            }
            self.rpzOrigin = origin
        }
    }

    /// The media type of the export over HTTP: the feed writer's, a STIX bundle's or a tar archive's.
    public var contentType: String {
        switch self.format {
        case .stix: "application/stix+json;version=2.1"
        case .mispFeed: "application/x-tar"
        case .suricata, .zeek, .rpz, .csv, .text: ExportService.writer(for: self).contentType
        }
    }

    private static func isOtherFormatParameter(_ key: Substring, of format: ExportFormat) -> Bool {
        let own = Self.formatParameters[format] ?? []
        guard !own.contains(key), key != "type" else { return false }
        return Self.formatParameters.values.contains { $0.contains(key) }
    }

    private static func kinds(_ values: [Substring]) throws -> [FeedKind] {
        try values.flatMap { $0.split(separator: ",") }.map { text in
            guard let kind = FeedKind(rawValue: String(text)) else {
                throw KizunaError.invalidInput(
                    path: "type", reason: "'\(text)' is not an observable type (\(FeedKind.allCases.map(\.rawValue).joined(separator: ", ")))")
            }
            return kind
        }
    }
}
