/// The command line of `kizuna-pattern-bench`.
struct BenchArguments {
    /// A JSON array (or bundle) of observed-data objects and the SCOs they reference.
    var observationsPath = ""
    /// Indicator patterns, one per line; blank lines are skipped.
    var patternsPath = ""
    /// The pattern timed alone over every observation; the first pattern of the file when not given.
    var single: String?
    /// Where to write what matched, for cross-checking with another engine.
    var dumpPath: String?
    /// The least total time each measurement runs for, in seconds (rounds repeat until then).
    var minimumSeconds = 1.0

    static let usage = """
        usage: kizuna-pattern-bench OBSERVED.json PATTERNS.txt [--single 'PATTERN'] [--dump FILE] [--min-seconds S]
        """

    /// Reads `arguments` (without the program name).
    /// - Throws: ``BenchArgumentError`` naming the argument that is wrong.
    static func parse(_ arguments: [String]) throws(BenchArgumentError) -> BenchArguments {
        var result = BenchArguments()
        var positional: [String] = []
        var iterator = arguments.makeIterator()
        while let argument = iterator.next() {
            switch argument {
            case "--single":
                result.single = try Self.value(after: argument, from: &iterator)
            case "--dump":
                result.dumpPath = try Self.value(after: argument, from: &iterator)
            case "--min-seconds":
                let text = try Self.value(after: argument, from: &iterator)
                guard let seconds = Double(text), seconds >= 0 else {
                    throw BenchArgumentError(message: "--min-seconds needs a number of seconds, not '\(text)'")
                }
                result.minimumSeconds = seconds
            case "-h", "--help":
                throw BenchArgumentError(message: "help requested")
            default:
                guard !argument.hasPrefix("--") else { throw BenchArgumentError(message: "unknown option \(argument)") }
                positional.append(argument)
            }
        }
        guard positional.count == 2 else {
            throw BenchArgumentError(message: "expected OBSERVED.json and PATTERNS.txt, got \(positional.count) paths")
        }
        result.observationsPath = positional[0]
        result.patternsPath = positional[1]
        return result
    }

    private static func value(
        after option: String, from iterator: inout IndexingIterator<[String]>
    ) throws(BenchArgumentError) -> String {
        guard let value = iterator.next() else { throw BenchArgumentError(message: "\(option) needs a value") }
        return value
    }
}

/// A command line `kizuna-pattern-bench` cannot run with.
struct BenchArgumentError: Error, CustomStringConvertible {
    let message: String

    var description: String { self.message }
}
