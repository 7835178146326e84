import ArgumentParser
import KizunaCore
import KizunaSQLite
import KizunaServer
import STIX

struct OrganisationCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "org", abstract: "Manage member organisations.", subcommands: [Add.self, List.self])

    struct Add: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Register an organisation and the STIX identity that represents it.",
            discussion: "Example: kizuna org add 'Sakura Bank' --sector finance --country JP")

        @OptionGroup var database: DatabaseOptions
        @OptionGroup var output: OutputOptions
        @Argument(help: "The organisation's name.") var name: String
        @Option(help: "One of: \(Sector.allCases.map(\.rawValue).joined(separator: ", ")).") var sector: String
        @Option(help: "A finer classification, such as energy or telecom.") var subsector: String?
        @Option(help: "ISO 3166-1 alpha-2 country code, such as JP.") var country: String

        func validate() throws {
            guard Sector(rawValue: self.sector) != nil else {
                throw ValidationError("--sector must be one of: \(Sector.allCases.map(\.rawValue).joined(separator: ", "))")
            }
        }

        func run() async throws {
            let store = try self.database.openStore()
            let organisation = try await Failure.report {
                try await MembershipService(store: store).createOrganisation(
                    name: self.name, sector: Sector(rawValue: self.sector) ?? .other, subsector: self.subsector,
                    country: self.country, by: nil)
            }
            if self.output.json {
                Output.json(Present.organisation(organisation))
            } else {
                print("organisation \(organisation.id) '\(organisation.name)' (\(organisation.sector.rawValue)), identity \(organisation.identityID)")
            }
        }
    }

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List organisations.")
        @OptionGroup var database: DatabaseOptions
        @OptionGroup var output: OutputOptions

        func run() async throws {
            let organisations = try await self.database.openStore().organisations()
            if self.output.json { return Output.json(.array(organisations.map(Present.organisation))) }
            for organisation in organisations {
                print("\(organisation.id)\t\(organisation.name)\t\(organisation.sector.rawValue)\t\(organisation.country)")
            }
        }
    }
}
