/// A MISP document whose JSON is well formed but not shaped like MISP, located by JSON path.
struct MISPStructureError: Error, Sendable, Hashable {
    /// Where the problem is, e.g. `$.response[0].Event.Attribute[3].value`.
    let path: String
    /// What is wrong, e.g. `"expected a string, found number"`.
    let message: String
}
