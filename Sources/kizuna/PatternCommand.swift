import ArgumentParser
import Foundation
import STIXPatterns

struct PatternCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "pattern", abstract: "Work with STIX 2.1 patterns.", subcommands: [Check.self, Match.self])

    struct Check: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Check a STIX 2.1 pattern's syntax.",
            discussion: """
                Exits 0 and prints the pattern in canonical form when it is valid; exits 1 with the
                error and its position on standard error when it is not.
                Example: kizuna pattern check "[ipv4-addr:value ISSUBSET '198.51.100.0/24']"
                """)

        @Argument(help: "The pattern, quoted for the shell.") var pattern: String

        func run() async throws {
            do {
                let parsed = try Pattern.parse(self.pattern)
                print(parsed.description)
            } catch {
                Output.note(self.pattern)
                Output.note(String(repeating: " ", count: max(0, error.offset)) + "^")
                Output.note("invalid pattern at offset \(error.offset): \(error.message)")
                throw ExitCode(1)
            }
        }
    }
}
