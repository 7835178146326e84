public import Foundation

/// A stored API key: only its public prefix and the hash of its secret are kept.
public struct APIKey: Sendable, Hashable, Codable {
    public typealias ID = Int64

    public let id: ID
    public let userID: User.ID
    /// The public part of the key (`kz_<prefix>_…`); it identifies the key in logs and listings.
    public let prefix: String
    /// SHA-256 of the secret part.
    public let secretHash: [UInt8]
    public var label: String?
    public let createdAt: Date
    public var expiresAt: Date?
    public var revokedAt: Date?

    public init(
        id: ID, userID: User.ID, prefix: String, secretHash: [UInt8], label: String?, createdAt: Date,
        expiresAt: Date?, revokedAt: Date?
    ) {
        self.id = id
        self.userID = userID
        self.prefix = prefix
        self.secretHash = secretHash
        self.label = label
        self.createdAt = createdAt
        self.expiresAt = expiresAt
        self.revokedAt = revokedAt
    }

    /// Whether the key may authenticate at `date`.
    public func isUsable(at date: Date) -> Bool {
        if self.revokedAt != nil { return false }
        if let expiresAt = self.expiresAt, expiresAt <= date { return false }
        return true
    }
}

/// What it takes to store a new key; the store assigns the id.
public struct NewAPIKey: Sendable, Hashable {
    public var userID: User.ID
    public var prefix: String
    public var secretHash: [UInt8]
    public var label: String?
    public var expiresAt: Date?

    public init(userID: User.ID, prefix: String, secretHash: [UInt8], label: String?, expiresAt: Date?) {
        self.userID = userID
        self.prefix = prefix
        self.secretHash = secretHash
        self.label = label
        self.expiresAt = expiresAt
    }
}
