import ArgumentParser
import KizunaCore
import KizunaSQLite
import KizunaServer
import STIX

struct UserCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "user", abstract: "Manage users.", subcommands: [Add.self, List.self])

    struct Add: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Add a user to an organisation.",
            discussion: "Example: kizuna user add alice --org 'Sakura Bank' --role analyst")

        @OptionGroup var database: DatabaseOptions
        @OptionGroup var output: OutputOptions
        @Argument(help: "The user's unique name.") var name: String
        @Option(help: "The organisation the user belongs to.") var org: String
        @Option(help: "One of: \(Role.allCases.map(\.rawValue).joined(separator: ", ")).") var role: String = "analyst"
        @Option(help: "Contact e-mail address.") var email: String?

        func validate() throws {
            guard Role(rawValue: self.role) != nil else {
                throw ValidationError("--role must be one of: \(Role.allCases.map(\.rawValue).joined(separator: ", "))")
            }
        }

        func run() async throws {
            let store = try self.database.openStore()
            guard let organisation = try await store.organisation(named: self.org) else {
                throw ValidationError("no organisation named '\(self.org)'")
            }
            let user = try await Failure.report {
                try await MembershipService(store: store).createUser(
                    name: self.name, email: self.email, role: Role(rawValue: self.role) ?? .reader,
                    organisationID: organisation.id, by: nil)
            }
            if self.output.json { return Output.json(Present.user(user)) }
            print("user \(user.id) '\(user.name)' (\(user.role.rawValue)) of '\(organisation.name)'")
        }
    }

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List users.")
        @OptionGroup var database: DatabaseOptions
        @OptionGroup var output: OutputOptions

        func run() async throws {
            let users = try await self.database.openStore().users(in: nil)
            if self.output.json { return Output.json(.array(users.map(Present.user))) }
            for user in users { print("\(user.id)\t\(user.name)\t\(user.role.rawValue)\torganisation \(user.organisationID)") }
        }
    }
}
