public import Foundation

/// A person or system account of one organisation.
public struct User: Sendable, Hashable, Codable {
    public typealias ID = Int64

    public let id: ID
    public var organisationID: Organisation.ID
    public var name: String
    public var email: String?
    public var role: Role
    public let createdAt: Date

    public init(id: ID, organisationID: Organisation.ID, name: String, email: String?, role: Role, createdAt: Date) {
        self.id = id
        self.organisationID = organisationID
        self.name = name
        self.email = email
        self.role = role
        self.createdAt = createdAt
    }
}

/// What it takes to add a user; the store assigns the id.
public struct NewUser: Sendable, Hashable {
    public var organisationID: Organisation.ID
    public var name: String
    public var email: String?
    public var role: Role

    public init(organisationID: Organisation.ID, name: String, email: String?, role: Role) {
        self.organisationID = organisationID
        self.name = name
        self.email = email
        self.role = role
    }
}
