/// What a DNS response policy zone does with a name or address it lists.
public enum RPZAction: Sendable, Hashable {
    /// Answer NXDOMAIN (`CNAME .`).
    case nxdomain
    /// Answer NODATA (`CNAME *.`).
    case nodata
    /// Answer normally, overriding later policies (`CNAME rpz-passthru.`).
    case passthru
    /// Drop the query without an answer (`CNAME rpz-drop.`).
    case drop
    /// Make UDP clients retry over TCP (`CNAME rpz-tcp-only.`).
    case tcpOnly
    /// Answer with the records of another name, such as a walled-garden host (`CNAME host.example.`).
    case redirect(String)

    /// Parses `nxdomain`, `nodata`, `passthru`, `drop`, `tcp-only` or `redirect:host.example.` (a valid domain name;
    /// the trailing dot is optional), or returns nil.
    public init?(_ text: String) {
        switch text {
        case "nxdomain": self = .nxdomain
        case "nodata": self = .nodata
        case "passthru": self = .passthru
        case "drop": self = .drop
        case "tcp-only": self = .tcpOnly
        default:
            guard text.hasPrefix("redirect:"), let host = RPZNames.absoluteHost(String(text.dropFirst(9))) else { return nil }
            self = .redirect(host)
        }
    }

    /// The CNAME target that expresses the action.
    public var target: String {
        switch self {
        case .nxdomain: "."
        case .nodata: "*."
        case .passthru: "rpz-passthru."
        case .drop: "rpz-drop."
        case .tcpOnly: "rpz-tcp-only."
        case .redirect(let host): host.hasSuffix(".") ? host : host + "."
        }
    }
}
