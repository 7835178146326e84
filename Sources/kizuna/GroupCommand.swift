import ArgumentParser
import KizunaCore
import KizunaSQLite
import KizunaServer
import STIX

struct GroupCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "group", abstract: "Manage sharing groups.", subcommands: [Add.self, List.self])

    struct Add: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Create a sharing group of organisations.",
            discussion: "Example: kizuna group add 'Financial sector' --member 'Sakura Bank' --member 'Kaede Trust Bank'")

        @OptionGroup var database: DatabaseOptions
        @OptionGroup var output: OutputOptions
        @Argument(help: "The group's name (no ':').") var name: String
        @Option(help: "What the group is for.") var description: String?
        @Option(name: .customLong("member"), help: "A member organisation's name; repeat for each.") var members: [String] = []

        func run() async throws {
            let store = try self.database.openStore()
            let group = try await Failure.report {
                try await MembershipService(store: store).createGroup(
                    name: self.name, description: self.description, members: self.members, by: nil)
            }
            if self.output.json {
                let organisations = Dictionary(uniqueKeysWithValues: try await store.organisations().map { ($0.id, $0) })
                Output.json(Present.group(group, organisations: organisations))
            } else {
                print("sharing group \(group.id) '\(group.name)' with \(group.members.count) members")
            }
        }
    }

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List sharing groups and their members.")
        @OptionGroup var database: DatabaseOptions
        @OptionGroup var output: OutputOptions

        func run() async throws {
            let store = try self.database.openStore()
            let organisations = Dictionary(uniqueKeysWithValues: try await store.organisations().map { ($0.id, $0) })
            let groups = try await store.groups()
            if self.output.json { return Output.json(.array(groups.map { Present.group($0, organisations: organisations) })) }
            for group in groups {
                let names = group.members.map { organisations[$0]?.name ?? "\($0)" }.joined(separator: ", ")
                print("\(group.id)\t\(group.name)\t\(names)")
            }
        }
    }
}
