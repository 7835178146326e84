import Foundation
import KizunaFormats
import STIX

/// Locates the shared MISP test data (`KIZUNA_TEST_DATA`, default `../shared/data`).
enum MISPTestData {
    /// The data directory, resolved against the current working directory when relative.
    static let directory: URL = {
        let configured = ProcessInfo.processInfo.environment["KIZUNA_TEST_DATA"] ?? "../shared/data"
        let base = URL(fileURLWithPath: FileManager.default.currentDirectoryPath, isDirectory: true)
        return URL(fileURLWithPath: configured, relativeTo: base).standardizedFileURL
    }()

    /// Whether the MISP data is present; the tests that need it are skipped otherwise.
    static let isAvailable: Bool = {
        let available = FileManager.default.fileExists(atPath: Self.path("misp-stix/tests/test_event1_stix21.json"))
        if !available {
            print("note: MISP test data not found at \(Self.directory.path); set KIZUNA_TEST_DATA to run the MISP import tests")
        }
        return available
    }()

    /// The absolute path of a file below the data directory.
    static func path(_ relativePath: String) -> String {
        Self.directory.appendingPathComponent(relativePath).path
    }

    /// The bytes of a file below the data directory.
    static func bytes(_ relativePath: String) throws -> [UInt8] {
        [UInt8](try Data(contentsOf: Self.directory.appendingPathComponent(relativePath)))
    }

    /// The parsed JSON of a file below the data directory.
    static func json(_ relativePath: String) throws -> JSONValue {
        try JSON.parse(try Self.bytes(relativePath))
    }

    /// The `objects` of a STIX bundle file below the data directory.
    static func bundleObjects(_ relativePath: String) throws -> [JSONValue] {
        try Self.json(relativePath)["objects"]?.arrayValue ?? []
    }

    /// The file names of the real CIRCL events.
    static let circlEvents: [String] = {
        guard Self.isAvailable else { return [] }
        let folder = Self.path("misp-events/circl-osint")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        return names.filter { $0.hasSuffix(".json") }.sorted()
    }()
}
