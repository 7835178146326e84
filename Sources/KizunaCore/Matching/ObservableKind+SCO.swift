import Foundation
public import STIX
public import STIXPatterns

extension ObservableKind {
    /// The SCO that stands for a value of this kind: `{"type": "ipv4-addr", "value": …}`, or a
    /// `file` with the hash under its STIX algorithm name.
    public func sco(value: String) -> JSONObject {
        switch self {
        case .ipv4: ["type": "ipv4-addr", "value": .string(value)]
        case .ipv6: ["type": "ipv6-addr", "value": .string(value)]
        case .domain: ["type": "domain-name", "value": .string(value)]
        case .url: ["type": "url", "value": .string(value)]
        case .email: ["type": "email-addr", "value": .string(value)]
        case .md5: ["type": "file", "hashes": ["MD5": .string(value)]]
        case .sha1: ["type": "file", "hashes": ["SHA-1": .string(value)]]
        case .sha256: ["type": "file", "hashes": ["SHA-256": .string(value)]]
        case .sha512: ["type": "file", "hashes": ["SHA-512": .string(value)]]
        }
    }

    /// The type of the SCO that stands for a value of this kind.
    public var scoType: String {
        switch self {
        case .ipv4: "ipv4-addr"
        case .ipv6: "ipv6-addr"
        case .domain: "domain-name"
        case .url: "url"
        case .email: "email-addr"
        case .md5, .sha1, .sha256, .sha512: "file"
        }
    }

    /// The `type` of a `{type, value}` observable of this kind, as ``init(observableType:)`` reads it.
    public var observableType: String {
        switch self {
        case .ipv4: "ipv4-addr"
        case .ipv6: "ipv6-addr"
        case .domain: "domain-name"
        case .url: "url"
        case .email: "email-addr"
        case .md5: "md5"
        case .sha1: "sha1"
        case .sha256: "sha256"
        case .sha512: "sha512"
        }
    }

    /// The kind a `{type, value}` observable names: an SCO type with a `value` (`ipv4-addr`,
    /// `domain-name`, …) or a hash algorithm (`md5`, `sha1`, `sha256`, `sha512`, any case, with or
    /// without a dash).
    public init?(observableType: String) {
        switch observableType.lowercased().replacingOccurrences(of: "-", with: "") {
        case "ipv4addr": self = .ipv4
        case "ipv6addr": self = .ipv6
        case "domainname", "domain", "hostname": self = .domain
        case "url": self = .url
        case "emailaddr", "email": self = .email
        case "md5": self = .md5
        case "sha1": self = .sha1
        case "sha256": self = .sha256
        case "sha512": self = .sha512
        default: return nil
        }
    }
}
