import Foundation
import GRDB
public import KizunaCore

/// The embedded store: one SQLite file in WAL mode, through GRDB.
///
/// Every write runs in one transaction and returns after it commits (`synchronous = FULL`).
public struct SQLiteStore: Store {
    let writer: any DatabaseWriter

    /// Opens (creating if needed) the database file at `path` and migrates it.
    public init(path: String) throws {
        var configuration = Configuration()
        configuration.prepareDatabase { db in
            // 16 KiB pages: fewer, larger writes for objects of about a kilobyte. Takes effect
            // only when the file is created.
            try db.execute(sql: "PRAGMA page_size = 16384")
            // Random UUID keys touch index pages all over the file: a 64 MiB page cache per
            // connection keeps bulk imports from re-reading them.
            try db.execute(sql: "PRAGMA cache_size = -65536")
        }
        configuration.busyMode = .timeout(10)
        let pool = try DatabasePool(path: path, configuration: configuration)
        // GRDB sets `synchronous = NORMAL` on the writer when it enables WAL, after
        // `prepareDatabase`; NORMAL may lose the last commits on power loss. FULL syncs the WAL at
        // every commit, so a write that returned is on disk.
        try pool.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA synchronous = FULL") }
        try Self.migrator.migrate(pool)
        self.writer = pool
    }

    /// An in-memory store, for tests.
    public init() throws {
        let queue = try DatabaseQueue()
        try Self.migrator.migrate(queue)
        self.writer = queue
    }

    /// Runs `PRAGMA integrity_check` and returns its lines ("ok" when sound).
    public func integrityCheck() async throws -> [String] {
        try await self.writer.read { db in try String.fetchAll(db, sql: "PRAGMA integrity_check") }
    }

    /// The writer connection's `PRAGMA synchronous` (2 is FULL: every commit is synced to disk).
    public func writerSynchronousMode() async throws -> Int {
        try await self.writer.writeWithoutTransaction { db in try Int.fetchOne(db, sql: "PRAGMA synchronous") ?? -1 }
    }
}
