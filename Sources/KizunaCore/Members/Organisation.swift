public import Foundation

/// A member organisation of the partnership; the owner of what it shares.
public struct Organisation: Sendable, Hashable, Codable {
    public typealias ID = Int64

    public let id: ID
    public var name: String
    public var sector: Sector
    /// A finer classification inside the sector, such as `energy` or `telecom`.
    public var subsector: String?
    /// ISO 3166-1 alpha-2 country code.
    public var country: String
    /// The id of the STIX `identity` object that represents this organisation.
    public var identityID: String
    public let createdAt: Date

    public init(id: ID, name: String, sector: Sector, subsector: String?, country: String, identityID: String, createdAt: Date) {
        self.id = id
        self.name = name
        self.sector = sector
        self.subsector = subsector
        self.country = country
        self.identityID = identityID
        self.createdAt = createdAt
    }
}

/// What it takes to register an organisation; the store assigns the id.
public struct NewOrganisation: Sendable, Hashable {
    public var name: String
    public var sector: Sector
    public var subsector: String?
    public var country: String
    /// The STIX `identity` that represents the organisation, serialised.
    public var identityJSON: [UInt8]
    public var identityID: String

    public init(name: String, sector: Sector, subsector: String?, country: String, identityID: String, identityJSON: [UInt8]) {
        self.name = name
        self.sector = sector
        self.subsector = subsector
        self.country = country
        self.identityID = identityID
        self.identityJSON = identityJSON
    }
}
