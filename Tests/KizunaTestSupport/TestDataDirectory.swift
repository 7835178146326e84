public import Foundation

/// Where tests find the real third-party data: `KIZUNA_TEST_DATA`, by default `../shared/data`.
public enum TestDataDirectory {
    /// The data directory, resolved against the current working directory when relative.
    public static let root: URL = {
        let configured = ProcessInfo.processInfo.environment["KIZUNA_TEST_DATA"] ?? "../shared/data"
        let base = URL(fileURLWithPath: FileManager.default.currentDirectoryPath, isDirectory: true)
        return URL(fileURLWithPath: configured, relativeTo: base).standardizedFileURL
    }()

    /// The path of `relative` under the data directory, or nil (with a note saying the test skips) when absent.
    public static func path(_ relative: String) -> String? {
        let path = Self.root.appendingPathComponent(relative).path
        guard FileManager.default.fileExists(atPath: path) else {
            print("note: \(path) not found; set KIZUNA_TEST_DATA to the shared data to run this test")
            return nil
        }
        return path
    }
}
