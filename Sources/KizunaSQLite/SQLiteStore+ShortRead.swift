import GRDB

extension SQLiteStore {
    /// Runs a short, bounded read on the calling thread.
    ///
    /// GRDB's async `read` hops to the connection's queue and back (two thread wake-ups, a
    /// measurable share of a small request); reads bounded by an index lookup and a page limit
    /// finish sooner than that hop, so they run in place. Long reads (exports, counts over
    /// everything) keep using the async `read`.
    func shortRead<T>(_ body: (Database) throws -> T) throws -> T {
        try self.writer.read(body)
    }
}
