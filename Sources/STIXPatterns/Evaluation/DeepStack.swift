import Foundation

/// Runs a deeply recursive computation on a thread of its own with a stack sized for it, and waits for the result.
///
/// The binding search recurses once per bound observation; a pattern such as `[…] REPEATS 50000 TIMES` over as many
/// observations would overflow an ordinary thread's stack and kill the process.
enum DeepStack {
    /// Recursions up to this many levels run on the caller's stack.
    static let ordinaryLevels = 1_000
    /// Stack reserved per level for deeper ones (a debug build uses about 1.4 KB a level of the binding search).
    static let bytesPerLevel = 4_096
    /// The largest stack reserved (virtual memory: pages are used only as the recursion reaches them).
    static let maximumStackBytes = 1 << 30

    /// `body`'s result: computed on the caller's stack when `levels` is at most ``ordinaryLevels``, else on a thread
    /// with a stack of `levels` × ``bytesPerLevel`` plus 1 MiB (at most ``maximumStackBytes``).
    static func run<Result>(levels: Int, _ body: @escaping () -> Result) -> Result {
        guard levels > Self.ordinaryLevels else { return body() }
        let box = DeepStackBox(body)
        let thread = Thread { box.run() }
        thread.stackSize = min(levels.multipliedSaturated(by: Self.bytesPerLevel).addingSaturated(1 << 20), Self.maximumStackBytes)
        thread.start()
        box.done.wait()
        return box.result!
    }
}

/// The work and result of one ``DeepStack/run(levels:_:)``: written by the worker thread before it signals
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
