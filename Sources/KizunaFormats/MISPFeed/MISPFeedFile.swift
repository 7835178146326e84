/// One file of a MISP feed: `<event uuid>.json`, `manifest.json` or `hashes.csv`.
public struct MISPFeedFile: Sendable, Equatable {
    /// The file name inside the feed directory.
    public let name: String
    /// The file's bytes (UTF-8 JSON or CSV).
    public let contents: [UInt8]

    /// A feed file named `name` holding `contents`.
    public init(name: String, contents: [UInt8]) {
        self.name = name
        self.contents = contents
    }
}
