import Foundation
import Synchronization

/// A one-line progress bar on standard error, drawn only on a terminal.
final class ProgressBar: Sendable {
    let enabled: Bool
    /// The last drawn percentage, so the bar is redrawn only when it moves.
    private let lastPercent = Mutex(-1)

    init(enabled: Bool) {
        self.enabled = enabled
    }

    func update(label: String, done: Int, total: Int) {
        guard self.enabled, total > 0 else { return }
        let percent = done * 100 / total
        let changed = self.lastPercent.withLock { last in
            defer { last = percent }
            return last != percent
        }
        guard changed else { return }
        let width = 30
        let filled = width * done / total
        let bar = String(repeating: "#", count: filled) + String(repeating: ".", count: width - filled)
        FileHandle.standardError.write(Data("\r\(label) [\(bar)] \(done)/\(total)".utf8))
    }

    func finish() {
        guard self.enabled else { return }
        self.lastPercent.withLock { $0 = -1 }
        FileHandle.standardError.write(Data("\n".utf8))
    }
}
