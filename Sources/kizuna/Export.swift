import ArgumentParser
import Foundation
import HummingbirdCore
import KizunaCore
import KizunaFormats
import KizunaServer
import STIX

struct Export: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Export what one organisation may read: feeds for Suricata, Zeek, DNS RPZ, CSV, lists, STIX or MISP.",
        discussion: """
            Formats (the same names as GET /api/v1/export/{format}): suricata, zeek, rpz, csv, text (one value
            a line, needs --type), stix (a STIX 2.1 bundle), misp-feed (a directory, needs --output DIR).
            Feeds hold the observables of active indicators only (not revoked, not past valid_until); each
            entry names its indicator. Output is streamed in constant memory.
            With --format suricata --output FILE, the file-hash lists the rules read (kizuna-file-md5.txt,
            kizuna-file-sha1.txt, kizuna-file-sha256.txt) are written next to FILE.
            Example: kizuna export --org 'Sakura Bank' --format rpz --action nodata --output kizuna.rpz
            """)

    @OptionGroup var database: DatabaseOptions
    @Option(help: "The organisation whose view is exported.") var org: String
    @Option(help: "suricata, zeek, rpz, csv, text, stix or misp-feed.") var format: String = "stix"
    @Option(help: "Write to this file (misp-feed: this directory) instead of standard output.") var output: String?
    @Option(help: "Feeds: observable types (ipv4-addr, domain-name, url, file-sha256, …); stix: object types.")
    var type: [String] = []
    @Option(help: "Only objects with this TLP (clear, green, amber, amber+strict, red).") var tlp: [String] = []
    @Option(help: "Only objects with this label.") var label: String?
    @Option(help: "Only objects shared by this organisation.") var owner: String?
    @Option(name: .customLong("created-by-ref"), help: "Only objects with this created_by_ref.") var createdByRef: String?
    @Option(name: .customLong("added-after"), help: "Only versions added after this RFC 3339 time.") var addedAfter: String?
    @Option(name: .customLong("modified-after"), help: "Only versions modified after this RFC 3339 time.")
    var modifiedAfter: String?
    @Option(name: .customLong("search"), help: "Only objects whose name, description, pattern or value contains this.")
    var search: String?
    @Option(name: .customLong("sid-base"), help: "Suricata: the first signature id (default 9000000).") var sidBase: String?
    @Option(help: "Suricata: write this file-hash list instead of rules (file-md5, file-sha1, file-sha256).") var list: String?
    @Option(help: "RPZ: nxdomain (default), nodata, passthru, drop, tcp-only or redirect:HOST.") var action: String?
    @Option(help: "RPZ: the zone's origin (default rpz.kizuna.).") var origin: String?

    func validate() throws {
        if self.format == ExportFormat.mispFeed.rawValue, self.output == nil {
            throw ValidationError("--format misp-feed writes a directory: give --output DIR")
        }
    }

    var parameters: FlatDictionary<Substring, Substring> {
        var pairs: [(key: Substring, value: Substring)] = self.type.map { ("type", Substring($0)) }
        pairs += self.tlp.map { ("tlp", Substring($0)) }
        let single: [(String, String?)] = [
            ("label", self.label), ("owner", self.owner), ("created_by_ref", self.createdByRef),
            ("added_after", self.addedAfter), ("modified_after", self.modifiedAfter), ("q", self.search),
            ("sid_base", self.sidBase), ("list", self.list), ("action", self.action), ("origin", self.origin),
        ]
        for case let (key, value?) in single { pairs.append((Substring(key), Substring(value))) }
        return FlatDictionary(pairs)
    }

    func run() async throws {
        let store: any Store = try self.database.openStore()
        let requester = try await Operator.requester(for: self.org, store: store)
        let options = try await Failure.report {
            try ExportOptions(format: self.format, parameters: self.parameters, organisations: try await store.organisations())
        }
        let exports = ExportService(reads: ReadService(store: store))
        if options.format == .mispFeed {
            try await self.writeFeed(options, exports: exports, store: store, requester: requester)
            return
        }
        var written: [String] = []
        let summary: ExportSummary
        if let output, options.format == .suricata, options.suricataList == nil {
            // The rules and the file-hash lists they read, next to them, in one pass; lists no rule reads are removed.
            let directory = URL(fileURLWithPath: output).deletingLastPathComponent()
            let kinds = SuricataHashListWriter.supportedKinds
            let paths = [output] + kinds.map { directory.appendingPathComponent(SuricataRuleWriter.hashListName(for: $0)).path }
            let sinks = try paths.map { try FileSink(path: $0) }
            let writers: [any FeedWriter] = [ExportService.writer(for: options)] + kinds.map { SuricataHashListWriter(kind: $0) }
            summary = try await exports.writeFeeds(options, writers: writers, requester: requester) { try sinks[$0].write($1) }
            for sink in sinks { try sink.close() }
            for (kind, path) in zip(kinds, paths.dropFirst()) {
                if summary.kinds.contains(kind) { written.append(path) } else { try? FileManager.default.removeItem(atPath: path) }
            }
            written.insert(output, at: 0)
        } else {
            let sink = try FileSink(path: self.output)
            summary = try await exports.write(options, requester: requester) { try sink.write($0) }
            try sink.close()
            guard let output else { return }
            written = [output]
        }
        Output.note(
            "exported \(summary.objects) \(options.format.isFeed ? "indicators (\(summary.entries) entries)" : "objects") "
                + "readable by '\(self.org)' to \(written.joined(separator: ", "))"
                + (summary.skipped > 0 ? "; \(summary.skipped) left out (inactive or not expressible in \(self.format))" : ""))
    }

    private func writeFeed(_ options: ExportOptions, exports: ExportService, store: any Store, requester: Requester) async throws {
        let directory = self.output ?? "."
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        // The feed's creator is the instance's organisation, or the exporting one where there is none.
        let id = try await store.instanceOrganisationID() ?? requester.organisationID
        guard let organisation = try await store.organisation(id: id) else { throw ValidationError("no organisation \(id)") }
        var files = 0
        let summary = try await exports.writeMISPFeed(options, requester: requester, organisation: organisation) { file in
            let path = URL(fileURLWithPath: directory).appendingPathComponent(file.name).path
            guard FileManager.default.createFile(atPath: path, contents: Data(file.contents)) else {
                throw ValidationError("cannot write \(path)")
            }
            files += 1
        }
        Output.note("exported \(summary.objects) MISP events readable by '\(self.org)' to \(directory) (\(files) files)")
    }
}

/// Standard output or a file, written in chunks.
private struct FileSink {
    let handle: FileHandle
    let isFile: Bool

    init(path: String?) throws {
        guard let path else {
            self.handle = .standardOutput
            self.isFile = false
            return
        }
        guard FileManager.default.createFile(atPath: path, contents: nil) else { throw ValidationError("cannot write \(path)") }
        self.handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
        self.isFile = true
    }

    func write(_ bytes: [UInt8]) throws {
        try self.handle.write(contentsOf: bytes)
    }

    func close() throws {
        if self.isFile { try self.handle.close() }
    }
}
