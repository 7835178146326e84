import Foundation

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// The built `kizuna` executable run as a real process, as an operator would run it.
final class ServerProcess: @unchecked Sendable {
    let process = Process()
    let outputURL: URL
    private(set) var port = 0

    /// The debug build of `kizuna` next to the package (built by `swift build --build-tests`).
    static var executable: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent(".build/debug/kizuna")
    }

    init(arguments: [String], directory: URL) {
        self.outputURL = directory.appendingPathComponent("server-\(UUID().uuidString).log")
        _ = FileManager.default.createFile(atPath: self.outputURL.path, contents: nil)
        self.process.executableURL = Self.executable
        self.process.arguments = arguments
        self.process.currentDirectoryURL = directory
        let handle = FileHandle(forWritingAtPath: self.outputURL.path)
        self.process.standardOutput = handle
        self.process.standardError = handle
    }

    var output: String { (try? String(contentsOf: self.outputURL, encoding: .utf8)) ?? "" }

    /// Starts the server and waits (at most 60 s) for its "listening on" line.
    func start() async throws {
        try self.process.run()
        for _ in 0..<600 {
            if let line = self.output.split(separator: "\n").first(where: { $0.contains("Kizuna listening on") }),
                let port = line.split(separator: ":").last.flatMap({ Int($0) })
            {
                self.port = port
                return
            }
            guard self.process.isRunning else { break }
            try await Task.sleep(for: .milliseconds(100))
        }
        throw ServerProcessError(message: "server did not start:\n\(self.output)")
    }

    func kill() {
        Foundation.kill(self.process.processIdentifier, SIGKILL)
        self.process.waitUntilExit()
    }

    func terminate() -> Int32 {
        self.process.terminate()
        self.process.waitUntilExit()
        return self.process.terminationStatus
    }

    /// Sends one request with an API key; returns status and body.
    func request(_ method: String, _ path: String, key: String, body: Data? = nil) async throws -> (Int, Data) {
        var request = URLRequest(url: URL(string: "http://127.0.0.1:\(self.port)\(path)")!)
        request.httpMethod = method
        request.httpBody = body
        request.timeoutInterval = 60
        request.setValue("Bearer \(key)", forHTTPHeaderField: "Authorization")
        let (data, response) = try await URLSession.shared.data(for: request)
        return ((response as? HTTPURLResponse)?.statusCode ?? 0, data)
    }
}

struct ServerProcessError: Error, CustomStringConvertible {
    let message: String
    var description: String { self.message }
}
