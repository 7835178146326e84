import ArgumentParser
import Foundation
import KizunaCore
import KizunaFormats
import STIX
import STIXPatterns

struct MatchCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "match",
        abstract: "Scan raw text logs for observables that match indicators.",
        discussion: """
            Reads web proxy, DNS, mail, firewall or any other text logs and finds IPv4 and IPv6
            addresses, domain names, URLs, e-mail addresses and MD5, SHA-1, SHA-256 and SHA-512
            hashes in them, also defanged ones (hxxp, [.], (dot), [@]); each is put in canonical
            form (lowercase, no trailing dot, IDNA, URL canonical form) and matched against the
            indicators the organisation may read. Each hit is printed with its file, line and
            column, as text or (--json) one JSON object per line. Files are streamed in constant
            memory on both cores; a progress bar is drawn on a terminal.
            Against a local database: kizuna match --org 'Sakura Bank' proxy.log dns.log
            Against a server: kizuna match --server https://kizuna.example --key kz_… proxy.log
            Exits 0 when something matched, 1 when nothing did, 2 on an error.
            """)

    @Argument(help: "The log files to scan.") var files: [String]
    @OptionGroup var database: DatabaseOptions
    @Option(help: "Match against what this organisation may read in the local database.") var org: String?
    @Option(help: "Match through this Kizuna server (its base URL) instead of a local database.") var server: String?
    @Option(help: "The API key for --server.") var key: String?
    @Flag(help: "Print one JSON object per hit instead of text.") var json = false
    @Flag(help: "Never draw the progress bar.") var noProgress = false

    func validate() throws {
        guard !self.files.isEmpty else { throw ValidationError("name at least one log file to scan") }
        switch (self.org, self.server) {
        case (.some, .some): throw ValidationError("give either --org (local database) or --server, not both")
        case (nil, nil): throw ValidationError("give --org ORG to match against the local database, or --server URL --key KEY")
        case (nil, .some) where self.key == nil: throw ValidationError("--server needs --key with an API key")
        default: break
        }
    }

    func run() async throws {
        let lookup: LogLookup
        do {
            if let org {
                lookup = try await LogLookup.local(store: try self.database.openStore(), organisation: org)
            } else {
                lookup = try await LogLookup.remote(server: self.server ?? "", key: self.key ?? "", files: self.files)
            }
        } catch let error as ValidationError {
            Output.note("error: \(error.message)")
            throw ExitCode(2)
        }
        let bar = ProgressBar(enabled: !self.noProgress && isatty(STDERR_FILENO) != 0)
        var hits = 0
        for file in self.files {
            do {
                let summary = try LogScanner().scan(
                    path: file, lookup: lookup.handles,
                    onHit: { hit in self.report(hit, file: file, lookup: lookup) },
                    progress: { done, total in bar.update(label: file, done: done, total: total) })
                hits += summary.hits
                bar.finish()
            } catch {
                bar.finish()
                Output.note("error: \(error)")
                throw ExitCode(2)
            }
        }
        if hits == 0 { throw ExitCode(1) }
    }

    private func report(_ hit: LogHit, file: String, lookup: LogLookup) {
        let observable = hit.observable
        let indicators = hit.matches.compactMap { lookup.indicator($0) }
        if self.json {
            Output.json([
                "file": .string(file), "line": .number(JSONNumber(observable.line)), "column": .number(JSONNumber(observable.column)),
                "kind": .string(observable.kind.observableType), "value": .string(observable.value),
                "indicators": .array(
                    indicators.map { ["id": .string($0.id), "name": $0.name.map(JSONValue.string) ?? .null, "tlp": .string($0.tlp)] }),
            ])
        } else {
            let described = indicators.map { "\($0.id) \"\($0.name ?? "")\" (TLP:\($0.tlp.uppercased()))" }.joined(separator: ", ")
            print("\(file):\(observable.line):\(observable.column): \(observable.kind.observableType) \(observable.value) -> \(described)")
        }
    }
}
