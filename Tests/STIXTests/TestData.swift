import Foundation

/// Locates the shared real-world test data (`KIZUNA_TEST_DATA`, default `../shared/data`).
enum TestData {
    /// The data directory, resolved against the current working directory when relative.
    static let directory: URL = {
        let configured = ProcessInfo.processInfo.environment["KIZUNA_TEST_DATA"] ?? "../shared/data"
        let base = URL(fileURLWithPath: FileManager.default.currentDirectoryPath, isDirectory: true)
        return URL(fileURLWithPath: configured, relativeTo: base).standardizedFileURL
    }()

    /// Whether the data directory exists; tests that need it are skipped otherwise.
    static let isAvailable: Bool = {
        let available = FileManager.default.fileExists(atPath: Self.directory.appendingPathComponent("mitre-attack").path)
        if !available {
            print("note: real STIX test data not found at \(Self.directory.path); set KIZUNA_TEST_DATA to run those tests")
        }
        return available
    }()

    /// The bytes of a file below the data directory.
    static func bytes(_ relativePath: String) throws -> [UInt8] {
        [UInt8](try Data(contentsOf: Self.directory.appendingPathComponent(relativePath)))
    }

    /// The STIX files used by the real-data tests: two ATT&CK bundles and every OASIS example.
    static let stixFiles: [String] = {
        guard Self.isAvailable else { return [] }
        var files = ["mitre-attack/ics-attack-18.1.json", "mitre-attack/mobile-attack-17.1.json"]
        let examples = Self.directory.appendingPathComponent("stix21-oasis/examples")
        if let enumerator = FileManager.default.enumerator(atPath: examples.path) {
            for case let path as String in enumerator where path.hasSuffix(".json") {
                files.append("stix21-oasis/examples/" + path)
            }
        }
        return files.sorted()
    }()
}
