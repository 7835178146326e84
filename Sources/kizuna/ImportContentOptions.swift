import ArgumentParser
import Foundation
import STIX

/// What `kizuna import` reads besides STIX bundles.
enum ImportFormat: String, CaseIterable {
    case stix, misp
    case mispFeed = "misp-feed"
    case csv, text
}

/// The options of MISP, CSV and free-text imports.
struct ImportContentOptions: ParsableArguments {
    @Option(help: "auto (guess from the content), stix, misp, misp-feed, csv or text.") var format = "auto"
    @Option(help: "CSV: which columns hold what, e.g. 'ip=ipv4-addr,3=domain-name' or 'auto'.") var columns: String?
    @Flag(name: .customLong("no-header"), help: "CSV: the first row is data, not column names.") var noHeader = false
    @Option(help: "CSV and text: the TLP of the indicators created (clear, green, amber, amber+strict, red).") var tlp = "amber"
    @Option(help: "CSV and text: a description for the indicators created.") var description: String?
    @Flag(help: "CSV and text: create the indicators (without it, only a preview is printed).") var confirm = false
    @Flag(help: "Import values on a warning list too.") var force = false
    @Option(help: "A directory of MISP warning lists (*/list.json).") var warninglists: String?

    /// The format named, or guessed from the first file: a directory is a MISP feed, JSON with `Event` or
    /// `response` is MISP, other JSON is STIX, `.csv` is CSV, the rest is text.
    func format(of files: [String]) throws -> ImportFormat {
        if self.format != "auto" {
            guard let format = ImportFormat(rawValue: self.format) else {
                throw ValidationError("--format must be auto, \(ImportFormat.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            return format
        }
        guard let first = files.first else { return .stix }
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: first, isDirectory: &isDirectory), isDirectory.boolValue { return .mispFeed }
        if first.lowercased().hasSuffix(".csv") { return .csv }
        guard let handle = FileHandle(forReadingAtPath: first) else { throw ValidationError("cannot read \(first)") }
        defer { try? handle.close() }
        let head = String(decoding: (try? handle.read(upToCount: 4096)) ?? Data(), as: UTF8.self)
        let trimmed = head.drop { $0.isWhitespace }
        guard trimmed.first == "{" || trimmed.first == "[" else { return .text }
        if head.contains("\"Event\"") || head.contains("\"response\"") { return .misp }
        return .stix
    }
}
