// kizuna-pattern-bench: STIX pattern matching speed on observed-data, for the comparison with the OASIS
// stix2-matcher that Benchmarks/patterns_vs_stix2matcher.py drives (Benchmarks/patterns.sh runs both).
//
// (a) one pattern, compiled once with PatternMatcher, `matches(_:)` on each observation in turn;
// (b) every pattern of PATTERNS.txt filed as a STIX indicator in the product's CatalogSnapshot (index plus compiled
//     matchers), then `snapshot.match([observation], at:)` for each observation in turn (each observation alone, as
//     stix2-matcher's per-observation calls) and, separately, one `snapshot.match(allObservations, at:)` call (the
//     observations as one set, so patterns over several observations can match).
//
// Each measurement repeats in rounds until --min-seconds have passed (at least 3 rounds) and reports the median round,
// timed with ContinuousClock. Loading (reading, parsing and collecting the observations) is timed apart.
// Output: `key=value` lines; with --dump FILE, what matched: `single OBS`, `pair N OBS` (pattern number N, counted
// over the non-blank lines of PATTERNS.txt from 0, matched observation OBS on its own) and `set N OBS,OBS…` (the
// observations that bound pattern N in the whole-set call).
//
// Run: swift build -c release && .build/release/kizuna-pattern-bench OBSERVED.json PATTERNS.txt [--single 'PATTERN']

import Foundation
import KizunaCore
import STIX
import STIXPatterns

let arguments: BenchArguments
let input: BenchInput
do {
    arguments = try BenchArguments.parse(Array(CommandLine.arguments.dropFirst()))
    input = try BenchInput.load(observationsPath: arguments.observationsPath, patternsPath: arguments.patternsPath)
} catch let error as BenchArgumentError {
    FileHandle.standardError.write(Data("kizuna-pattern-bench: \(error)\n\(BenchArguments.usage)\n".utf8))
    exit(2)
} catch {
    FileHandle.standardError.write(Data("kizuna-pattern-bench: \(error)\n".utf8))
    exit(1)
}

func report(_ key: String, _ value: String) {
    print("\(key)=\(value)")
}

func fixed(_ value: Double) -> String {
    String(format: "%.6f", value)
}

let singleText = arguments.single ?? input.patterns[0]
let singlePattern: Pattern
do {
    singlePattern = try Pattern.parse(singleText)
} catch {
    FileHandle.standardError.write(Data("kizuna-pattern-bench: --single pattern does not parse: \(error)\n".utf8))
    exit(1)
}

let observations = input.observations
var dump: [String] = []
report("observations", String(observations.count))
report("objects", String(observations.reduce(0) { $0 + $1.objects.count }))
report("load_seconds", fixed(input.loadSeconds))

// (a) One pattern over every observation.
let matcher = PatternMatcher(singlePattern)
let single = Measurement.run(minimumSeconds: arguments.minimumSeconds) {
    var matched = 0
    for observation in observations where matcher.matches(observation) { matched += 1 }
    return matched
}
report("single_pattern", singleText)
report("single_rounds", String(single.rounds.count))
report("single_seconds", fixed(single.medianSeconds))
report("single_observations_per_second", fixed(Double(observations.count) / single.medianSeconds))
report("single_matches", String(single.result))
if arguments.dumpPath != nil {
    for observation in observations where matcher.matches(observation) { dump.append("single \(observation.id)") }
}

// (b) Every pattern as an indicator in the product's catalog.
let clock = ContinuousClock()
let buildStart = clock.now
let (snapshot, unfiled) = IndicatorCatalogBuilder.build(input.patterns)
report("catalog_build_seconds", fixed(Measurement.seconds(clock.now - buildStart)))
report("catalog_indicators", String(snapshot.count))
report("catalog_fallback", String(snapshot.fallbackCount))
report("catalog_unfiled", unfiled.map(String.init).joined(separator: ","))
guard let time = Timestamp("2026-11-26T00:00:00Z") else { fatalError("the match time is a valid timestamp") }

let perObservation = Measurement.run(minimumSeconds: arguments.minimumSeconds) {
    var matched = 0
    for observation in observations { matched += snapshot.match([observation], at: time).count }
    return matched
}
report("catalog_rounds", String(perObservation.rounds.count))
report("catalog_seconds", fixed(perObservation.medianSeconds))
report("catalog_observations_per_second", fixed(Double(observations.count) / perObservation.medianSeconds))
report(
    "catalog_pattern_observation_pairs_per_second",
    fixed(Double(observations.count) * Double(input.patterns.count) / perObservation.medianSeconds))
report("catalog_matches", String(perObservation.result))

let wholeSet = Measurement.run(minimumSeconds: arguments.minimumSeconds) { snapshot.match(observations, at: time).count }
report("catalog_set_rounds", String(wholeSet.rounds.count))
report("catalog_set_seconds", fixed(wholeSet.medianSeconds))
report("catalog_set_matches", String(wholeSet.result))

if let path = arguments.dumpPath {
    for observation in observations {
        for hit in snapshot.match([observation], at: time) {
            dump.append("pair \(IndicatorCatalogBuilder.patternNumber(of: hit.entry.id) ?? -1) \(observation.id)")
        }
    }
    for hit in snapshot.match(observations, at: time) {
        let number = IndicatorCatalogBuilder.patternNumber(of: hit.entry.id) ?? -1
        dump.append("set \(number) \(hit.observationIDs.joined(separator: ","))")
    }
    guard FileManager.default.createFile(atPath: path, contents: Data((dump.joined(separator: "\n") + "\n").utf8)) else {
        FileHandle.standardError.write(Data("kizuna-pattern-bench: cannot write \(path)\n".utf8))
        exit(1)
    }
}
