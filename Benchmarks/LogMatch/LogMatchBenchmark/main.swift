// Drives LogScanner over a log with a hash set of canonical indicator values, as `kizuna match` will.
//
// Usage: LogMatchBenchmark VALUES LOG [--hit-lines FILE] [--chunk-size BYTES]
// Prints one line: key=value pairs with bytes, seconds, MB/s, observables, hits and lines with hits.
import Dispatch
import KizunaFormats
import STIXPatterns

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Writes `message` to standard error and exits with `code`.
func fail(_ message: String, code: Int32) -> Never {
    var text = message + "\n"
    text.withUTF8 { _ = write(2, $0.baseAddress, $0.count) }
    exit(code)
}

/// The bytes of a whole (small) file, or nil.
func readFile(_ path: String) -> [UInt8]? {
    let descriptor = open(path, O_RDONLY)
    guard descriptor >= 0 else { return nil }
    defer { close(descriptor) }
    var bytes: [UInt8] = []
    var chunk = [UInt8](repeating: 0, count: 1 << 20)
    while true {
        let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
        if count <= 0 { return count == 0 ? bytes : nil }
        bytes.append(contentsOf: chunk[0..<count])
    }
}

/// Adds the canonical form of each line of `values` to `set`, trying the kinds a values file holds; returns how many
/// lines were no observable.
func addValues(_ values: [UInt8], to set: inout ByteHashSet) -> Int {
    var rejected = 0
    var refanged: [UInt8] = []
    var output = [UInt8](repeating: 0, count: 1 << 16)
    for line in values.split(separator: UInt8(ascii: "\n")) {
        let trimmed = line.last == UInt8(ascii: "\r") ? line.dropLast() : line
        Array(trimmed).withUnsafeBytes { ObservableNormalizer.refang($0, into: &refanged) }
        let hasScheme =
            refanged.count > 3
            && refanged.indices.dropLast(2).contains {
                refanged[$0] == UInt8(ascii: ":") && refanged[$0 + 1] == UInt8(ascii: "/") && refanged[$0 + 2] == UInt8(ascii: "/")
            }
        let kinds: [ObservableKind] =
            hasScheme ? [.url] : refanged.contains(UInt8(ascii: "@")) ? [.email] : [.ipv4, .ipv6, .md5, .sha1, .sha256, .sha512, .domain]
        let added = refanged.withUnsafeBytes { value in
            output.withUnsafeMutableBytes { memory in
                for kind in kinds {
                    if let length = ObservableNormalizer.canonical(value, as: kind, into: memory) {
                        set.insert(UnsafeRawBufferPointer(rebasing: memory[0..<length]))
                        return true
                    }
                }
                return false
            }
        }
        if !added { rejected += 1 }
    }
    return rejected
}

let arguments = CommandLine.arguments
guard arguments.count >= 3 else {
    fail("usage: LogMatchBenchmark VALUES LOG [--hit-lines FILE] [--chunk-size BYTES]", code: 2)
}
var hitLinesPath: String? = nil
var chunkSize = 4 << 20
var argumentIndex = 3
while argumentIndex + 1 < arguments.count {
    switch arguments[argumentIndex] {
    case "--hit-lines": hitLinesPath = arguments[argumentIndex + 1]
    case "--chunk-size": chunkSize = Int(arguments[argumentIndex + 1]) ?? chunkSize
    default: fail("unknown option \(arguments[argumentIndex])", code: 2)
    }
    argumentIndex += 2
}
let loadStart = DispatchTime.now().uptimeNanoseconds
guard let values = readFile(arguments[1]) else { fail("cannot read \(arguments[1])", code: 1) }
var set = ByteHashSet(capacity: values.reduce(1) { $0 + ($1 == UInt8(ascii: "\n") ? 1 : 0) })
let rejected = addValues(values, to: &set)
let loadSeconds = Double(DispatchTime.now().uptimeNanoseconds - loadStart) / 1e9
let indicators = set
let start = DispatchTime.now().uptimeNanoseconds
var linesWithHits: [Int] = []
do {
    let scanner = try LogScanner(chunkSize: chunkSize)
    let summary = try scanner.scan(
        path: arguments[2],
        lookup: { _, bytes in
            guard let member = indicators.index(of: bytes) else { return [] }
            return [UInt32(member)]
        },
        onHit: { hit in
            if linesWithHits.last != hit.observable.line { linesWithHits.append(hit.observable.line) }
        })
    let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
    let megabytesPerSecond = Double(summary.bytes) / 1e6 / seconds
    print(
        "load_seconds=\(loadSeconds) bytes=\(summary.bytes) seconds=\(seconds) mbps=\(megabytesPerSecond) lines=\(summary.lines) observables=\(summary.observables) "
            + "hits=\(summary.hits) lines_with_hits=\(linesWithHits.count) indicators=\(indicators.count) rejected_values=\(rejected) "
            + "peak_buffer_bytes=\(summary.peakBufferBytes)")
} catch {
    fail("scan failed: \(error)", code: 1)
}
if let hitLinesPath, let file = fopen(hitLinesPath, "w") {
    for line in linesWithHits { fputs("\(line)\n", file) }
    fclose(file)
}
