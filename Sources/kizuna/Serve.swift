import ArgumentParser
import Foundation
import Hummingbird
import KizunaCore
import KizunaFormats
import KizunaServer
import Logging
import ServiceLifecycle
import UnixSignals

struct Serve: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Run the Kizuna server.",
        discussion: """
            On an empty database it creates the instance's own organisation and prints an admin key once.
            With --demo it also fills an empty database with a realistic demo (police coordinator, banks,
            a utility, a telecom operator, a vendor, an ISP, a university; groups; a few thousand objects)
            and prints each demo organisation's key. Stops gracefully on SIGINT or SIGTERM.
            """)

    @OptionGroup var database: DatabaseOptions
    @Option(help: "The address to listen on.") var host = "127.0.0.1"
    @Option(help: "The port to listen on (0 picks a free one).") var port = 8080
    @Flag(help: "Fill an empty database with the demo organisations and intelligence.") var demo = false
    @Option(help: "The largest bundle POST /api/v1/bundles accepts, in MiB.") var maxBundleMib = 256
    @Option(help: "The instance's own organisation, created on an empty database.") var instanceName =
        "Kizuna Coordination Centre"
    @Option(help: "The instance's country (ISO 3166-1 alpha-2).") var country = "JP"
    @Option(help: "Log level: trace, debug, info, notice, warning, error, critical.") var logLevel = "info"
    @Option(help: "A directory of MISP warning lists (*/list.json) that imports check values against.") var warninglists: String?

    func validate() throws {
        guard (0...65535).contains(self.port) else { throw ValidationError("--port must be from 0 to 65535") }
        guard self.maxBundleMib > 0 else { throw ValidationError("--max-bundle-mib must be positive") }
        guard Logger.Level(rawValue: self.logLevel) != nil else {
            throw ValidationError("--log-level must be one of trace, debug, info, notice, warning, error, critical")
        }
    }

    func run() async throws {
        var logger = Logger(label: "kizuna")
        logger.logLevel = Logger.Level(rawValue: self.logLevel) ?? .info
        let store = try self.database.openStore()
        if let (organisation, user, key) = try await MembershipService(store: store).bootstrap(
            organisationName: self.instanceName, country: self.country)
        {
            Output.line("Created the instance organisation '\(organisation.name)' and admin user '\(user.name)'.")
            Output.line("Admin API key (shown once): \(key.token)")
        }
        if self.demo {
            let members = try await DemoLoader.load(into: store)
            if members.isEmpty {
                Output.line("Demo data is already loaded.")
            } else {
                Output.line("Loaded the demo. API keys (shown once):")
                for member in members { Output.line("  \(member.organisation) (user \(member.user)): \(member.key)") }
            }
        }
        var configuration = ServerConfiguration(host: self.host, port: self.port, maxBundleBytes: self.maxBundleMib << 20)
        configuration.warningLists = try WarningListOption.load(self.warninglists)
        let app = buildApplication(store: store, configuration: configuration, logger: logger) { port in
            Output.line("Kizuna listening on http://\(self.host):\(port)")
        }
        let services = ServiceGroup(
            configuration: .init(services: [app], gracefulShutdownSignals: [.sigterm, .sigint], logger: logger))
        try await services.run()
    }
}
