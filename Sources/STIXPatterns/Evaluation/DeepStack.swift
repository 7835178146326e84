import Foundation

/// Runs a deeply recursive computation on a thread of its own with a stack sized for it, and waits for the result.
///
/// The binding search recurses once per bound observation; a pattern such as `[…] REPEATS 50000 TIMES` over as many
/// observations would overflow an ordinary thread's stack and kill the process.
enum DeepStack {
    /// The largest stack reserved (virtual memory: pages are used only as the recursion reaches them).
    static let maximumStackBytes = 1 << 30

    /// `body`'s result, computed on a thread with a stack of `stackBytes` (at most ``maximumStackBytes``).
    static func run<Result>(stackBytes: Int, _ body: @escaping () -> Result) -> Result {
        let box = DeepStackBox(body)
        let thread = Thread { box.run() }
        thread.stackSize = min(max(stackBytes, 1 << 20), Self.maximumStackBytes)
        thread.start()
        box.done.wait()
        return box.result!
    }
}

/// The work and result of one ``DeepStack/run(stackBytes:_:)``: written by the worker thread before it signals
/// `done`, read by the caller only after waiting on it.
private final class DeepStackBox<Result>: @unchecked Sendable {
    let body: () -> Result
    var result: Result?
    let done = DispatchSemaphore(value: 0)

    init(_ body: @escaping () -> Result) {
        self.body = body
    }

    func run() {
        self.result = self.body()
        self.done.signal()
    }
}
