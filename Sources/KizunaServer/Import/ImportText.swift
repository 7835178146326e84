import KizunaCore
import STIX

/// Free text for an import: UTF-8, or an error naming where it is not.
public enum ImportText {
    /// The text of `bytes`.
    /// - Throws: ``KizunaError/invalidInput(path:reason:)`` naming the line, column and byte offset of the first byte
    ///   that is not UTF-8.
    public static func decode(_ bytes: [UInt8], source: String) throws -> String {
        if let text = String(validating: bytes, as: UTF8.self) { return text }
        let offset = bytes.withUnsafeBytes { UTF8Validation.firstInvalidOffset(in: $0) } ?? 0
        let before = bytes[..<offset]
        let line = before.count { $0 == UInt8(ascii: "\n") } + 1
        let column = offset - (before.lastIndex(of: UInt8(ascii: "\n")).map { $0 + 1 } ?? 0) + 1
        throw KizunaError.invalidInput(
            path: source, reason: "not UTF-8 text: line \(line), column \(column) (byte \(offset)) is not valid UTF-8")
    }
}
