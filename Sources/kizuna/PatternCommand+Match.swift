import ArgumentParser
import Foundation
import STIX
import STIXPatterns

extension PatternCommand {
    struct Match: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Match a STIX 2.1 pattern against observed data.",
            discussion: """
                FILE is a STIX bundle, or a JSON array of observed-data objects and the SCOs they
                reference (STIX 2.1 object_refs or STIX 2.0 objects), matched as they are: custom and
                unknown object types too, without validating them.
                Exits 0 and prints the ids of the observed-data that bound the match, one per line;
                exits 1 when the pattern does not match; exits 2 with a message on standard error when
                the pattern or the file cannot be used.
                Example: kizuna pattern match "[ipv4-addr:value = '198.51.100.7']" observed.json
                """)

        @Argument(help: "The pattern, quoted for the shell.") var pattern: String
        @Argument(help: "A STIX bundle or a JSON array of observed-data and SCOs ('-' for standard input).") var file: String

        func run() async throws {
            let parsed: Pattern
            do {
                parsed = try Pattern.parse(self.pattern)
            } catch {
                Output.note("invalid pattern at offset \(error.offset): \(error.message)")
                throw ExitCode(2)
            }
            let observations = try self.observations()
            guard let match = PatternMatcher(parsed).match(observations) else { throw ExitCode(1) }
            for id in match.observationIDs { print(id) }
        }

        private func observations() throws -> [Observation] {
            let bytes: [UInt8]
            if self.file == "-" {
                bytes = Array(FileHandle.standardInput.readDataToEndOfFile())
            } else {
                guard let data = FileManager.default.contents(atPath: self.file) else {
                    Output.note("cannot read \(self.file)")
                    throw ExitCode(2)
                }
                bytes = Array(data)
            }
            let value: JSONValue
            do {
                value = try JSON.parse(bytes)
            } catch {
                Output.note("\(self.file): not JSON: \(error)")
                throw ExitCode(2)
            }
            guard let objects = value.arrayValue ?? value["objects"]?.arrayValue else {
                Output.note("\(self.file): expected a STIX bundle or a JSON array of observed-data and SCOs")
                throw ExitCode(2)
            }
            do {
                return try Observation.collect(from: objects)
            } catch {
                Output.note("\(self.file): \(error)")
                throw ExitCode(2)
            }
        }
    }
}
