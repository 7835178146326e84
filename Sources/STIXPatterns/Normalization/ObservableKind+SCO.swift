import Foundation
public import STIX

extension ObservableKind {
    /// The SCO that stands for a value of this kind: `{"type": "ipv4-addr", "value": …}`, or a
    /// `file` with the hash under its STIX algorithm name.
    public func sco(value: String) -> JSONObject {
        switch self {
        case .md5, .sha1, .sha256, .sha512: ["type": "file", "hashes": [HashAlgorithm.standardName(of: self): .string(value)]]
        case .ipv4, .ipv6, .domain, .url, .email: ["type": .string(self.scoType), "value": .string(value)]
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

    /// The `type` of a `{type, value}` observable of this kind, as ``init(observableType:)`` reads it:
    /// the SCO type, or for hashes the algorithm (`sha256`).
    public var observableType: String {
        switch self {
        case .md5, .sha1, .sha256, .sha512: "\(self)"
        case .ipv4, .ipv6, .domain, .url, .email: self.scoType
        }
    }

    /// The kind a `{type, value}` observable names: an SCO type with a `value` (`ipv4-addr`,
    /// `domain-name`, …) or a hash algorithm (`md5`, `sha1`, `sha256`, `sha512`, any case, with or
    /// without a dash or underscore).
    public init?(observableType: String) {
        switch observableType.lowercased().replacingOccurrences(of: "-", with: "") {
        case "ipv4addr": self = .ipv4
        case "ipv6addr": self = .ipv6
        case "domainname", "domain", "hostname": self = .domain
        case "url": self = .url
        case "emailaddr", "email": self = .email
        default:
            guard let digest = HashAlgorithm.kind(named: observableType) else { return nil }
            self = digest
        }
    }
}
