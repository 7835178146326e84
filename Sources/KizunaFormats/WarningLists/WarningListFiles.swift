import Foundation
import STIX

/// Finding and reading warning list files.
enum WarningListFiles {
    /// The list files under `directory`: `<name>/list.json` for each subfolder that has one, then `*.json`, sorted.
    static func paths(in directory: String) throws(WarningListError) -> [String] {
        let manager = FileManager.default
        var root = directory
        var isDirectory: ObjCBool = false
        guard manager.fileExists(atPath: root, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw .directoryNotFound(directory)
        }
        let nested = (root as NSString).appendingPathComponent("lists")
        if manager.fileExists(atPath: nested, isDirectory: &isDirectory), isDirectory.boolValue { root = nested }
        let names: [String]
        do {
            names = try manager.contentsOfDirectory(atPath: root).sorted()
        } catch {
            throw .unreadableFile(file: root, reason: "\(error.localizedDescription)")
        }
        var files: [String] = []
        for name in names where !name.hasPrefix(".") {
            let path = (root as NSString).appendingPathComponent(name)
            guard manager.fileExists(atPath: path, isDirectory: &isDirectory) else { continue }
            if isDirectory.boolValue {
                let list = (path as NSString).appendingPathComponent("list.json")
                if manager.fileExists(atPath: list) { files.append(list) }
            } else if name.hasSuffix(".json") {
                files.append(path)
            }
        }
        guard !files.isEmpty else { throw .noListsFound(directory) }
        return files
    }

    /// Reads and parses the list in `file`.
    static func load(_ file: String) throws(WarningListError) -> WarningList {
        guard let data = FileManager.default.contents(atPath: file) else {
            throw .unreadableFile(file: file, reason: "no such file or permission denied")
        }
        let json: JSONValue
        do {
            json = try JSON.parse([UInt8](data))
        } catch {
            throw .malformedJSON(file: file, reason: "\(error)")
        }
        return try WarningList(json: json, file: file)
    }
}
