import ArgumentParser

@main
struct Kizuna: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "kizuna",
        abstract: "Kizuna: a cyber threat-intelligence sharing hub (STIX 2.1, TLP, sharing groups).",
        discussion: """
            Run the server with 'kizuna serve' (add --demo for a populated demo), manage members with
            'org', 'group', 'user' and 'key', move STIX bundles in and out with 'import' and 'export',
            exchange with TAXII 2.1 servers with 'pull' and 'push', scan logs against indicators
            with 'match' and check or try STIX patterns with 'pattern'.
            Every command takes --database (default kizuna.sqlite, or $KIZUNA_DATABASE).
            """,
        subcommands: [
            Serve.self, OrganisationCommand.self, GroupCommand.self, UserCommand.self, KeyCommand.self,
            Import.self, Export.self, Pull.self, Push.self, MatchCommand.self, PatternCommand.self,
        ]
    )
}
