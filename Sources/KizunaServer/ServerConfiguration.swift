public import KizunaFormats

/// How the server listens and what it accepts.
public struct ServerConfiguration: Sendable {
    public var host: String
    public var port: Int
    /// The largest bundle `POST /api/v1/bundles` accepts, in bytes.
    public var maxBundleBytes: Int
    /// The warning lists imports check values against (the built-in reserved ranges at least).
    public var warningLists: WarningListSet = .builtIn

    public init(host: String = "127.0.0.1", port: Int = 8080, maxBundleBytes: Int = 256 * 1024 * 1024) {
        self.host = host
        self.port = port
        self.maxBundleBytes = maxBundleBytes
    }
}
