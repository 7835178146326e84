import Foundation

/// Real MISP warning lists under `KIZUNA_TEST_DATA` (default `../shared/data`), and temporary list files for tests.
enum WarningListFixtures {
    /// `misp-warninglists/lists` under the test data directory.
    static let realListsDirectory: String = {
        let base = ProcessInfo.processInfo.environment["KIZUNA_TEST_DATA"] ?? "../shared/data"
        return URL(fileURLWithPath: base).appendingPathComponent("misp-warninglists/lists").path
    }()

    /// Whether the real lists are there; prints how to get them when not.
    static let realListsAvailable: Bool = {
        let found = FileManager.default.fileExists(atPath: Self.realListsDirectory)
        if !found {
            print("note: MISP warning lists not found at \(Self.realListsDirectory); set KIZUNA_TEST_DATA to run those tests")
        }
        return found
    }()

    /// The JSON text of a warning list.
    static func listJSON(name: String, type: String, entries: [String], matchingAttributes: [String]? = nil) throws -> String {
        var object: [String: Any] = ["name": name, "type": type, "list": entries, "description": "test list", "version": 1]
        if let matchingAttributes { object["matching_attributes"] = matchingAttributes }
        let data = try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])
        return String(decoding: data, as: UTF8.self)
    }

    /// A directory holding `<folder>/list.json` for each of `lists` (folder name → JSON text).
    static func directory(with lists: [String: String]) throws -> URL {
        let root = try ExternalTool.temporaryDirectory("kizuna-warninglists")
        for (folder, json) in lists {
            let directory = root.appendingPathComponent(folder)
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            try Data(json.utf8).write(to: directory.appendingPathComponent("list.json"))
        }
        return root
    }
}
