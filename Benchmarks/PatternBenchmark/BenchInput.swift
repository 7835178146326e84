import Foundation
import STIX
import STIXPatterns

/// The observations and indicator patterns a run works on, read from files.
struct BenchInput {
    let observations: [Observation]
    /// The patterns in file order; a pattern's number is its position here.
    let patterns: [String]
    /// Seconds spent reading, parsing and collecting the observations.
    let loadSeconds: Double

    /// Reads both files.
    /// - Throws: ``BenchInputError`` saying which file is unreadable or malformed and why.
    static func load(observationsPath: String, patternsPath: String) throws(BenchInputError) -> BenchInput {
        let clock = ContinuousClock()
        let start = clock.now
        let bytes = try Self.read(observationsPath)
        let document: JSONValue
        do {
            document = try JSON.parse(bytes)
        } catch {
            throw BenchInputError(file: observationsPath, reason: "not JSON: \(error)")
        }
        let objects: [JSONValue]
        switch document {
        case .array(let list): objects = list
        case .object: objects = [document]
        default: throw BenchInputError(file: observationsPath, reason: "expected a JSON array of STIX objects or a bundle")
        }
        let observations: [Observation]
        do {
            observations = try Observation.collect(from: objects)
        } catch {
            throw BenchInputError(file: observationsPath, reason: error.description)
        }
        let loadSeconds = Measurement.seconds(clock.now - start)
        let text = String(decoding: try Self.read(patternsPath), as: UTF8.self)
        let patterns = text.split(separator: "\n", omittingEmptySubsequences: true).map(String.init).filter {
            !$0.allSatisfy(\.isWhitespace)
        }
        guard !observations.isEmpty else { throw BenchInputError(file: observationsPath, reason: "holds no observed-data") }
        guard !patterns.isEmpty else { throw BenchInputError(file: patternsPath, reason: "holds no patterns") }
        return BenchInput(observations: observations, patterns: patterns, loadSeconds: loadSeconds)
    }

    private static func read(_ path: String) throws(BenchInputError) -> [UInt8] {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw BenchInputError(file: path, reason: "cannot be read")
        }
        return [UInt8](data)
    }
}

/// An input file the benchmark cannot use.
struct BenchInputError: Error, CustomStringConvertible {
    let file: String
    let reason: String

    var description: String { "\(self.file): \(self.reason)" }
}
