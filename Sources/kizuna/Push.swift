import ArgumentParser
import Foundation
import KizunaCore
import KizunaSQLite
import STIX

struct Push: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Push an organisation's shareable objects to a remote TAXII 2.1 collection.",
        discussion: """
            Sends the latest versions of the objects the organisation owns whose TLP allows sharing
            beyond this instance (CLEAR and GREEN, as for federation), in envelopes, and reports the
            remote status of each. Example:
              kizuna push https://taxii.example/api1/ --collection 91a7b528-… --password KEY --org 'Sakuragi Bank'
            """)

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var remote: RemoteOptions
    @Option(help: "The organisation whose objects are pushed.") var org: String
    @Option(name: .customLong("type"), help: "Only these object types (repeat).") var types: [String] = []
    @Option(help: "Objects per envelope.") var envelope: Int = 500

    func validate() throws {
        guard (1...10_000).contains(self.envelope) else { throw ValidationError("--envelope must be from 1 to 10000") }
    }

    func run() async throws {
        let store = try self.database.openStore()
        let requester = try await Operator.requester(for: self.org, store: store)
        let client = try self.remote.client()
        var query = ObjectQuery()
        query.ownerID = requester.organisationID
        query.tlps = [.clear, .green]
        query.types = self.types
        var succeeded = 0
        var failed = 0
        var failures: [String] = []
        let path = self.remote.objectsPath
        try await ReadService(store: store).export(query, pageSize: self.envelope, requester: requester) { objects in
            guard !objects.isEmpty else { return }
            var body: [UInt8] = Array(#"{"objects":["#.utf8)
            for (index, object) in objects.enumerated() {
                if index > 0 { body.append(UInt8(ascii: ",")) }
                body += object.json
            }
            body += Array("]}".utf8)
            let answer = try await client.post(path, body: body)
            guard answer.status == 202 || answer.status == 200 else {
                throw TAXIIClientError(message: "POST \(client.root.absoluteString + path) answered \(answer.status): \(answer.errorText)")
            }
            let status = (try? JSON.parse(answer.body))?.objectValue
            succeeded += status?["success_count"]?.intValue ?? 0
            failed += status?["failure_count"]?.intValue ?? 0
            for failure in status?["failures"]?.arrayValue ?? [] {
                let id = failure.objectValue?["id"]?.stringValue ?? "?"
                failures.append("\(id): \(failure.objectValue?["message"]?.stringValue ?? "")")
            }
        }
        print("pushed \(succeeded + failed) objects: \(succeeded) succeeded, \(failed) failed")
        for failure in failures.prefix(10) { print("  failed \(failure)") }
    }
}
