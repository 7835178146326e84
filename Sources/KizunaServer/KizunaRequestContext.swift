public import Hummingbird
public import KizunaCore

/// The request context: Hummingbird's core storage plus the authenticated requester.
public struct KizunaRequestContext: RequestContext {
    public var coreContext: CoreRequestContextStorage
    /// Set by ``AuthenticationMiddleware`` for requests with a valid API key.
    public var requester: Requester?
    /// What the requester's TAXII collections are made from, read with its credentials.
    public var collectionContext: CollectionContext?

    public init(source: Source) {
        self.coreContext = .init(source: source)
        self.requester = nil
        self.collectionContext = nil
    }

    /// Bundles are collected by the bundle endpoint against its own limit.
    public var maxUploadSize: Int { 1024 * 1024 * 1024 }

    /// The requester, or an unauthenticated error.
    public func requireRequester() throws -> Requester {
        guard let requester = self.requester else {
            throw KizunaError.unauthenticated(reason: "this endpoint needs an API key: send 'Authorization: Bearer kz_…'")
        }
        return requester
    }
}
