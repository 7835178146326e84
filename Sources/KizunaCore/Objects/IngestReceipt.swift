/// A document written in the same transaction as the objects of a write, describing that write
/// (a TAXII status resource): one commit, one disk sync, and never one without the other.
public struct IngestReceipt: Sendable {
    /// The identifier the document is kept under.
    public let id: String
    /// The organisation that made the write and alone may read the document.
    public let organisationID: Organisation.ID
    /// Renders the document from the outcomes of the whole write, ordered by index.
    public let render: @Sendable ([IngestOutcome]) -> [UInt8]

    /// Creates a receipt that `render` turns into bytes once the outcomes are known.
    public init(id: String, organisationID: Organisation.ID, render: @escaping @Sendable ([IngestOutcome]) -> [UInt8]) {
        self.id = id
        self.organisationID = organisationID
        self.render = render
    }
}
