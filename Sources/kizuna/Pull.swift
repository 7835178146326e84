import ArgumentParser
import Foundation
import KizunaCore
import KizunaSQLite
import STIX

struct Pull: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Pull a remote TAXII 2.1 collection into Kizuna as one organisation.",
        discussion: """
            Pages through every version of the collection's objects and stores new objects and versions with the given
            audience, checked like any other write. The newest date_added seen is kept in the database
            as a bookmark, so the next pull asks only for what was added since (use --full to start over).
            Example: kizuna pull https://taxii.example/api1/ --collection 91a7b528-80eb-42ed-a74d-c6fbd5a26116 \\
                       --user alice --password secret --org 'Sakuragi Bank' --audience community
            """)

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var remote: RemoteOptions
    @Option(help: "The organisation that shares what is pulled.") var org: String
    @Option(help: "organisation, group:<name>, community or federation.") var audience: String = "organisation"
    @Option(help: "Objects per page.") var limit: Int = 1_000
    @Flag(help: "Ignore the bookmark and fetch everything.") var full = false

    func validate() throws {
        guard AudienceName(self.audience) != nil else {
            throw ValidationError("--audience must be organisation, group:<name>, community or federation")
        }
        guard (1...10_000).contains(self.limit) else { throw ValidationError("--limit must be from 1 to 10000") }
    }

    func run() async throws {
        let store = try self.database.openStore()
        let requester = try await Operator.requester(for: self.org, store: store)
        let intake = IntakeService(store: store)
        let audience = try await Failure.report { try await intake.resolve(AudienceName(self.audience) ?? .organisation, for: requester) }
        let client = try self.remote.client()
        let path = self.remote.objectsPath
        let source = client.root.absoluteString + path + "/"
        let bookmark = self.full ? nil : try await store.pullBookmark(source: source, organisationID: requester.organisationID)
        var totals: [IngestStatus: Int] = [:]
        var newest = bookmark
        var next: String?
        var pages = 0
        repeat {
            // Every version, so the mirror keeps the history, not only what is current now.
            var query = [("limit", String(self.limit)), ("match[version]", "all")]
            if let bookmark { query.append(("added_after", bookmark)) }
            if let next { query.append(("next", next)) }
            let answer = try await client.get(path, query: query)
            guard answer.status == 200 else {
                throw TAXIIClientError(message: "GET \(source) answered \(answer.status): \(answer.errorText)")
            }
            let envelope: BundleOutline
            do {
                envelope = try STIXBundle.outlineEnvelope(answer.body)
            } catch {
                throw TAXIIClientError(message: "the server sent a malformed envelope: \(error)")
            }
            if envelope.count > 0 {
                let report = try await intake.ingest(envelope, audience: audience, detail: "TAXII pull \(source)", requester: requester)
                for (status, count) in report.counts { totals[status, default: 0] += count }
            }
            if let last = answer.header("X-TAXII-Date-Added-Last"), newest.map({ Self.isLater(last, than: $0) }) ?? true {
                newest = last
            }
            pages += 1
            if isatty(STDERR_FILENO) == 1 { Output.note("page \(pages): \(envelope.count) objects") }
            let value = try? JSON.parse(answer.body)
            let more = value?.objectValue?["more"]?.boolValue ?? false
            next = more ? value?.objectValue?["next"]?.stringValue : nil
        } while next != nil && pages < 100_000
        if let newest, newest != bookmark {
            try await store.setPullBookmark(newest, source: source, organisationID: requester.organisationID)
        }
        let pulled = totals.values.reduce(0, +)
        print("pulled \(pulled) objects: " + Import.describe(totals))
    }

    static func isLater(_ lhs: String, than rhs: String) -> Bool {
        guard let left = Timestamp(lhs), let right = Timestamp(rhs) else { return lhs > rhs }
        return left > right
    }
}
