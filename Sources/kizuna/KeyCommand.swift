import ArgumentParser
import Foundation
import KizunaCore
import KizunaSQLite
import KizunaServer
import STIX

struct KeyCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "key", abstract: "Manage API keys.", subcommands: [Add.self, List.self, Revoke.self])

    struct Add: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Issue an API key for a user; the key is printed once and never stored in the clear.",
            discussion: "Example: kizuna key add --user alice --label 'SIEM connector' --expires 2027-12-31T00:00:00Z")

        @OptionGroup var database: DatabaseOptions
        @OptionGroup var output: OutputOptions
        @Option(help: "The user's name.") var user: String
        @Option(help: "What the key is for.") var label: String?
        @Option(help: "When the key stops working, as an RFC 3339 UTC timestamp.") var expires: String?

        func validate() throws {
            if let expires, Timestamp(expires) == nil {
                throw ValidationError("--expires must be an RFC 3339 UTC timestamp such as 2027-12-31T00:00:00Z")
            }
        }

        func run() async throws {
            let store = try self.database.openStore()
            guard let user = try await store.user(named: self.user) else { throw ValidationError("no user named '\(self.user)'") }
            let secret = try await Failure.report {
                try await MembershipService(store: store).issueKey(
                    for: user.id, label: self.label, expiresAt: self.expires.flatMap(Timestamp.init)?.date, by: nil)
            }
            if self.output.json {
                return Output.json(.object(JSONObject([("prefix", .string("kz_\(secret.prefix)")), ("key", .string(secret.token))])))
            }
            print(secret.token)
            Output.note("API key for '\(user.name)'; it is shown only this once.")
        }
    }

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List API keys (prefixes only).")
        @OptionGroup var database: DatabaseOptions
        @OptionGroup var output: OutputOptions

        func run() async throws {
            let keys = try await self.database.openStore().apiKeys(userIDs: nil)
            if self.output.json { return Output.json(.array(keys.map(Present.key))) }
            for key in keys {
                let state = key.revokedAt != nil ? "revoked" : key.isUsable(at: Date()) ? "active" : "expired"
                print("kz_\(key.prefix)\tuser \(key.userID)\t\(state)\t\(key.label ?? "")")
            }
        }
    }

    struct Revoke: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Revoke an API key by its prefix (kz_<12 hex>).")
        @OptionGroup var database: DatabaseOptions
        @OptionGroup var output: OutputOptions
        @Argument(help: "The key's prefix, as 'key list' shows it.") var prefix: String

        func run() async throws {
            let store = try self.database.openStore()
            let prefix = self.prefix.hasPrefix("kz_") ? String(self.prefix.dropFirst(3)) : self.prefix
            try await Failure.report { try await MembershipService(store: store).revokeKey(prefix: prefix, by: nil) }
            if self.output.json { return Output.json(.object(["revoked": .string("kz_\(prefix)")])) }
            print("revoked kz_\(prefix)")
        }
    }
}
