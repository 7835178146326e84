public import Foundation

/// A named set of organisations that share with each other, such as "Financial sector".
public struct SharingGroup: Sendable, Hashable, Codable {
    public typealias ID = Int64

    public let id: ID
    public var name: String
    public var description: String?
    public var members: [Organisation.ID]
    public let createdAt: Date

    public init(id: ID, name: String, description: String?, members: [Organisation.ID], createdAt: Date) {
        self.id = id
        self.name = name
        self.description = description
        self.members = members
        self.createdAt = createdAt
    }
}
