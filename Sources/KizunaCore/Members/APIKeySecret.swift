import Crypto
import Foundation
import STIX

/// A freshly generated API key in the clear: `kz_<12 hex prefix>_<43 base64url chars>`.
///
/// The secret part carries 256 random bits. Only `prefix` and `secretHash` are ever stored; the
/// full `token` is shown to its owner once.
public struct APIKeySecret: Sendable {
    public let prefix: String
    public let token: String
    public let secretHash: [UInt8]

    /// Generates a new key from the system's secure random source.
    public static func generate() -> APIKeySecret {
        var generator = SystemRandomNumberGenerator()
        let prefixBytes = (0..<6).map { _ in UInt8.random(in: .min ... .max, using: &generator) }
        let secretBytes = (0..<32).map { _ in UInt8.random(in: .min ... .max, using: &generator) }
        let prefix = Hex.lowercase(prefixBytes)
        let secret = Data(secretBytes).base64EncodedString()
            .replacingOccurrences(of: "+", with: "-")
            .replacingOccurrences(of: "/", with: "_")
            .replacingOccurrences(of: "=", with: "")
        return APIKeySecret(prefix: prefix, token: "kz_\(prefix)_\(secret)", secretHash: Self.hash(secret: secret))
    }

    /// Splits a presented token into its prefix and secret, or nil when it is not shaped like a key.
    public static func parse(token: String) -> (prefix: String, secret: String)? {
        let parts = token.split(separator: "_", maxSplits: 2, omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0] == "kz", parts[1].count == 12, parts[2].count == 43,
            parts[1].allSatisfy(\.isHexDigit)
        else { return nil }
        return (String(parts[1]), String(parts[2]))
    }

    /// SHA-256 of a key's secret part.
    public static func hash(secret: String) -> [UInt8] {
        Array(SHA256.hash(data: Array(secret.utf8)))
    }

    /// Compares two hashes in time independent of where they differ.
    public static func constantTimeEqual(_ lhs: [UInt8], _ rhs: [UInt8]) -> Bool {
        guard lhs.count == rhs.count else { return false }
        var difference: UInt8 = 0
        for index in lhs.indices { difference |= lhs[index] ^ rhs[index] }
        return difference == 0
    }
}
