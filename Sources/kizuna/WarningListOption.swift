import ArgumentParser
import KizunaFormats

/// Loading `--warninglists DIR`.
enum WarningListOption {
    /// The lists under `directory` (with the built-in ranges), or only the built-in ranges.
    static func load(_ directory: String?) throws -> WarningListSet {
        guard let directory else { return .builtIn }
        do {
            let lists = try WarningListSet(directory: directory)
            Output.note("loaded \(lists.lists.count) warning lists from \(directory)")
            return lists
        } catch {
            throw ValidationError("--warninglists: \(error.description)")
        }
    }
}
