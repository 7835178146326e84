/// Which stored indicator a catalog handle stands for: its id and the organisation whose copy it is.
public struct CatalogEntry: Sendable, Hashable {
    public let id: String
    public let owner: Organisation.ID

    public init(id: String, owner: Organisation.ID) {
        self.id = id
        self.owner = owner
    }
}
