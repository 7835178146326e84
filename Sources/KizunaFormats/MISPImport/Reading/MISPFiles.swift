import Foundation

/// Reading feed files.
enum MISPFiles {
    /// The bytes of the file at `path`.
    static func read(_ path: String) throws(MISPImportError) -> [UInt8] {
        guard let data = FileManager.default.contents(atPath: path) else {
            let exists = FileManager.default.fileExists(atPath: path)
            throw MISPImportError(source: path, location: .file, message: exists ? "cannot be read" : "no such file")
        }
        return [UInt8](data)
    }
}
