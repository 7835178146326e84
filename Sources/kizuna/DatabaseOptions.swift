import ArgumentParser
import Foundation
import KizunaCore
import KizunaSQLite

/// The `--database` option every command shares.
struct DatabaseOptions: ParsableArguments {
    @Option(name: .long, help: "The SQLite database file (default: $KIZUNA_DATABASE, else kizuna.sqlite).")
    var database: String?

    var path: String {
        self.database ?? ProcessInfo.processInfo.environment["KIZUNA_DATABASE"] ?? "kizuna.sqlite"
    }

    func openStore() throws -> SQLiteStore {
        do {
            return try SQLiteStore(path: self.path)
        } catch {
            throw ValidationError("cannot open the database at \(self.path): \(error)")
        }
    }
}

/// The `--json` flag of administration commands.
struct OutputOptions: ParsableArguments {
    @Flag(name: .long, help: "Print machine-readable JSON instead of text.")
    var json = false
}
