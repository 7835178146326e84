import ArgumentParser

/// Where a TAXII 2.1 collection is and how to log in to it, for `pull` and `push`.
struct RemoteOptions: ParsableArguments {
    @Argument(help: "The TAXII API root URL.") var url: String
    @Option(help: "The collection id.") var collection: String
    @Option(help: "User name for HTTP Basic authentication.") var user: String?
    @Option(help: "Password (or Kizuna API key) for HTTP Basic authentication.") var password: String?

    func client() throws -> TAXIIClient {
        try TAXIIClient(root: self.url, user: self.user, password: self.password)
    }

    /// The path of the collection's objects below the API root.
    var objectsPath: String { "collections/\(self.collection)/objects" }
}
