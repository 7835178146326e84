import Foundation

/// Reads third-party STIX data under `KIZUNA_TEST_DATA` (default `../shared/data` relative to the working directory).
enum TestData {
    static var directory: URL {
        let path = ProcessInfo.processInfo.environment["KIZUNA_TEST_DATA"] ?? "../shared/data"
        return URL(fileURLWithPath: path, relativeTo: URL(fileURLWithPath: FileManager.default.currentDirectoryPath))
            .standardizedFileURL
    }

    static func exists(_ relative: String) -> Bool {
        FileManager.default.fileExists(atPath: Self.directory.appendingPathComponent(relative).path)
    }

    /// Every `pattern` of every indicator with `pattern_type` `stix` in the JSON files below `relative`.
    static func stixPatterns(under relative: String) -> [(file: String, pattern: String)] {
        let root = Self.directory.appendingPathComponent(relative)
        guard let enumerator = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil) else { return [] }
        var found: [(String, String)] = []
        for case let url as URL in enumerator where url.pathExtension == "json" {
            guard let data = try? Data(contentsOf: url), let json = try? JSONSerialization.jsonObject(with: data) else { continue }
            Self.collect(json) { found.append((url.lastPathComponent, $0)) }
        }
        return found
    }

    private static func collect(_ json: Any, _ add: (String) -> Void) {
        if let object = json as? [String: Any] {
            if object["type"] as? String == "indicator", object["pattern_type"] as? String == "stix",
                let pattern = object["pattern"] as? String
            {
                add(pattern)
            }
            for value in object.values { Self.collect(value, add) }
        } else if let array = json as? [Any] {
            for value in array { Self.collect(value, add) }
        }
    }
}
