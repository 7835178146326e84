import ArgumentParser
import Foundation
import KizunaCore
import STIX

struct Export: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Export exactly what one organisation may read, as a STIX 2.1 bundle.",
        discussion: "Example: kizuna export --org 'Sakura Bank' --format stix --output sakura.json")

    @OptionGroup var database: DatabaseOptions
    @Option(help: "The organisation whose view is exported.") var org: String
    @Option(help: "The export format: stix.") var format: String = "stix"
    @Option(help: "Write to this file instead of standard output.") var output: String?

    func validate() throws {
        guard self.format == "stix" else { throw ValidationError("--format must be stix") }
    }

    func run() async throws {
        let store = try self.database.openStore()
        let requester = try await Operator.requester(for: self.org, store: store)
        let sink: FileHandle
        if let output {
            guard FileManager.default.createFile(atPath: output, contents: nil) else {
                throw ValidationError("cannot write \(output)")
            }
            sink = try FileHandle(forWritingTo: URL(fileURLWithPath: output))
        } else {
            sink = FileHandle.standardOutput
        }
        let count = try await ReadService(store: store).exportBundle(requester: requester) { sink.write(Data($0)) }
        sink.write(Data("\n".utf8))
        if self.output != nil {
            try sink.close()
            Output.note("exported \(count) objects readable by '\(self.org)' to \(self.output ?? "")")
        }
    }
}
