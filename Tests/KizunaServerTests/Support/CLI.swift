import Foundation

/// Runs the built `kizuna` command with arguments, as an operator would.
struct CLI {
    let database: String
    let directory: URL

    struct Result {
        let status: Int32
        let stdout: String
        let stderr: String
    }

    static func make() throws -> CLI {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("kizuna-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        return CLI(database: directory.appendingPathComponent("kizuna.sqlite").path, directory: directory)
    }

    @discardableResult
    func run(_ arguments: [String], database: Bool = true) throws -> Result {
        let process = Process()
        process.executableURL = ServerProcess.executable
        process.arguments = arguments + (database ? ["--database", self.database] : [])
        process.currentDirectoryURL = self.directory
        let out = self.directory.appendingPathComponent("out-\(UUID().uuidString)")
        let err = self.directory.appendingPathComponent("err-\(UUID().uuidString)")
        _ = FileManager.default.createFile(atPath: out.path, contents: nil)
        _ = FileManager.default.createFile(atPath: err.path, contents: nil)
        process.standardOutput = FileHandle(forWritingAtPath: out.path)
        process.standardError = FileHandle(forWritingAtPath: err.path)
        try process.run()
        process.waitUntilExit()
        return Result(
            status: process.terminationStatus, stdout: (try? String(contentsOf: out, encoding: .utf8)) ?? "",
            stderr: (try? String(contentsOf: err, encoding: .utf8)) ?? "")
    }

    func remove() {
        try? FileManager.default.removeItem(at: self.directory)
    }
}
