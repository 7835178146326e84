import Foundation
import STIX

/// Writing results for people and for scripts.
enum Output {
    static func json(_ value: JSONValue) {
        print(JSON.serializeString(value))
    }

    /// Writes a line to standard output at once, unbuffered, so a supervising process sees it.
    static func line(_ text: String) {
        FileHandle.standardOutput.write(Data((text + "\n").utf8))
    }

    /// Writes to standard error (progress, notices), keeping standard output for results.
    static func note(_ text: String) {
        FileHandle.standardError.write(Data((text + "\n").utf8))
    }
}
