import ArgumentParser
import Foundation
import KizunaCore
import STIX

struct Import: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Import STIX bundles, MISP events and feeds, CSV or free text as one organisation.",
        discussion: """
            Formats (--format, guessed from the content by default): stix (bundles), misp (MISP event JSON),
            misp-feed (a MISP feed directory), csv (with --columns), text (an advisory or an e-mail: the
            observables in it, refanged). Every object is validated and stored as its own version; the same
            TLP/audience rule as the API applies, and every item is reported: created, skipped and why.
            Values on a warning list (--warninglists DIR of MISP lists; reserved and private IP ranges are
            built in) are skipped unless --force. CSV and text are only previewed unless --confirm.
            A malformed file is refused with the position of the fault, and nothing is stored.
            Examples: kizuna import apt1.json --org 'Sakura Bank' --audience group:'Financial sector'
                      kizuna import advisory.txt --org 'Sakura Bank' --tlp green --confirm
                      kizuna import iocs.csv --columns 'ip=ipv4-addr,domain=domain-name' --org 'Sakura Bank'
            """)

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: OutputOptions
    @Argument(help: "Files (a directory for misp-feed).") var files: [String]
    @Option(help: "The organisation that shares the objects.") var org: String
    @Option(help: "organisation, group:<name>, community or federation.") var audience: String = "organisation"
    @Flag(help: "Print every rejected object's reasons.") var verbose = false
    @OptionGroup var content: ImportContentOptions

    func validate() throws {
        guard AudienceName(self.audience) != nil else {
            throw ValidationError("--audience must be organisation, group:<name>, community or federation")
        }
        guard !self.files.isEmpty else { throw ValidationError("name at least one bundle file") }
    }

    func run() async throws {
        let format = try self.content.format(of: self.files)
        if format != .stix {
            try await ContentImport(
                options: self.content, format: format, files: self.files, org: self.org, audience: self.audience, json: self.output.json
            )
            .run(store: try self.database.openStore())
            return
        }
        let store = try self.database.openStore()
        let requester = try await Operator.requester(for: self.org, store: store)
        let intake = IntakeService(store: store)
        let audience = AudienceName(self.audience) ?? .organisation
        let bar = ProgressBar(enabled: isatty(STDERR_FILENO) == 1 && !self.output.json)
        var totals: [IngestStatus: Int] = [:]
        var files: [JSONValue] = []
        let start = ContinuousClock.now
        for file in self.files {
            guard let data = FileManager.default.contents(atPath: file) else {
                throw ValidationError("cannot read \(file)")
            }
            let report = try await Failure.report {
                try await intake.ingest(bundle: Array(data), audience: audience, requester: requester) { done, total in
                    bar.update(label: file, done: done, total: total)
                }
            }
            bar.finish()
            for (status, count) in report.counts { totals[status, default: 0] += count }
            files.append(Self.summary(file: file, report))
            if !self.output.json { self.printSummary(file: file, report) }
        }
        let seconds =
            Double((ContinuousClock.now - start).components.attoseconds) / 1e18
            + Double((ContinuousClock.now - start).components.seconds)
        if self.output.json {
            Output.json(.object(JSONObject([("files", .array(files)), ("seconds", .number(JSONNumber(seconds)))])))
        } else if self.files.count > 1 {
            print("total: " + Self.describe(totals))
        }
        if totals[.rejected, default: 0] > 0, totals.values.reduce(0, +) == totals[.rejected] {
            throw ExitCode(2)
        }
    }

    private func printSummary(file: String, _ report: IngestReport) {
        print("\(file): " + Self.describe(report.counts))
        let rejected = report.outcomes.filter { $0.status == .rejected }
        for outcome in rejected.prefix(self.verbose ? rejected.count : 10) {
            for issue in outcome.issues { print("  rejected \(outcome.id ?? "#\(outcome.index)"): \(issue.path): \(issue.reason)") }
        }
        if !self.verbose, rejected.count > 10 { print("  … \(rejected.count - 10) more rejected (use --verbose)") }
    }

    static func describe(_ counts: [IngestStatus: Int]) -> String {
        [IngestStatus.created, .newVersion, .unchanged, .rejected].map { "\(counts[$0] ?? 0) \($0.rawValue)" }
            .joined(separator: ", ")
    }

    static func summary(file: String, _ report: IngestReport) -> JSONValue {
        let counts = report.counts
        var object = JSONObject([("file", .string(file))])
        for status in [IngestStatus.created, .newVersion, .unchanged, .rejected] {
            object[status.rawValue] = .number(JSONNumber(counts[status] ?? 0))
        }
        object["errors"] = .array(
            report.outcomes.filter { $0.status == .rejected }.flatMap { outcome in
                outcome.issues.map { .object(JSONObject([("path", .string($0.path)), ("reason", .string($0.reason))])) }
            })
        return .object(object)
    }
}
