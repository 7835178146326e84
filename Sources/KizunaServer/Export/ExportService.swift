import Foundation
public import KizunaCore
public import KizunaFormats
public import STIX

/// Streams exports of what a requester may read, in constant memory: every page comes from ``ReadService``
/// (the visibility rule) and is written out before the next is read.
public struct ExportService: Sendable {
    public let reads: ReadService
    /// Bytes gathered before each call of the `write` closure.
    static let chunkSize = 1 << 16

    public init(reads: ReadService) {
        self.reads = reads
    }

    /// Writes a single-file export (every format but `misp-feed`) through `write`, in chunks.
    @discardableResult
    public func write(
        _ options: ExportOptions, requester: Requester, now: Timestamp = .now, _ write: ([UInt8]) async throws -> Void
    ) async throws -> ExportSummary {
        switch options.format {
        case .stix: return try await self.writeBundle(options, requester: requester, now: now, write)
        case .mispFeed: throw KizunaError.invalidInput(path: "format", reason: "misp-feed is a directory or an archive, not one file")
        case .suricata, .zeek, .rpz, .csv, .text:
            return try await self.writeFeeds(options, writers: [Self.writer(for: options)], requester: requester, now: now) {
                try await write($1)
            }
        }
    }

    /// The feed writer for a feed format.
    public static func writer(for options: ExportOptions) -> any FeedWriter {
        switch options.format {
        case .suricata:
            if let list = options.suricataList { return SuricataHashListWriter(kind: list) }
            return SuricataRuleWriter(sidBase: options.sidBase)
        case .zeek: return ZeekIntelWriter()
        case .rpz:
            let serial = UInt32(truncatingIfNeeded: Timestamp.now.nanosecondsSinceEpoch / 1_000_000_000)
            return RPZZoneWriter(origin: options.rpzOrigin, action: options.rpzAction, serial: serial)
        case .csv: return CSVFeedWriter()
        default: return PlainListWriter(kind: options.kinds.first ?? .ipv4)
        }
    }

    /// Writes several feeds of the same indicators in one pass (Suricata rules and the hash lists they read):
    /// `write` gets each writer's bytes with the writer's index in `writers`.
    @discardableResult
    public func writeFeeds(
        _ options: ExportOptions, writers: [any FeedWriter], requester: Requester, now: Timestamp = .now,
        _ write: (Int, [UInt8]) async throws -> Void
    ) async throws -> ExportSummary {
        var writers = writers
        var summary = ExportSummary()
        var outputs = [[UInt8]](repeating: [], count: writers.count)
        for index in writers.indices {
            outputs[index].reserveCapacity(Self.chunkSize + 4096)
            writers[index].begin(into: &outputs[index])
        }
        let kinds = Set(options.kinds)
        try await self.reads.export(options.query, requester: requester) { page in
            for read in await Self.readIndicators(page, at: now) {
                guard var indicator = read else {
                    summary.skipped += 1
                    continue
                }
                if !kinds.isEmpty {
                    indicator = indicator.keeping(kinds)
                    guard !indicator.entries.isEmpty else { continue }
                }
                summary.objects += 1
                summary.entries += indicator.entries.count
                for entry in indicator.entries { summary.kinds.insert(entry.kind) }
                for index in writers.indices {
                    writers[index].write(indicator, into: &outputs[index])
                    if outputs[index].count >= Self.chunkSize {
                        try await write(index, outputs[index])
                        outputs[index].removeAll(keepingCapacity: true)
                    }
                }
            }
        }
        for index in writers.indices {
            writers[index].end(into: &outputs[index])
            try await write(index, outputs[index])
        }
        return summary
    }

    /// The feed view of each object of `page` (nil where there is none), read on every core.
    static func readIndicators(_ page: [StoredObject], at now: Timestamp) async -> [FeedIndicator?] {
        let parts = max(1, min(ProcessInfo.processInfo.activeProcessorCount, page.count / 256))
        guard parts > 1 else { return page.map { FeedIndicatorReader.read($0.json, tlp: $0.tlp, at: now) } }
        let size = (page.count + parts - 1) / parts
        return await withTaskGroup(of: (Int, [FeedIndicator?]).self) { group in
            for part in 0..<parts {
                let slice = page[min(page.count, part * size)..<min(page.count, (part + 1) * size)]
                group.addTask { (part, slice.map { FeedIndicatorReader.read($0.json, tlp: $0.tlp, at: now) }) }
            }
            var results = [[FeedIndicator?]](repeating: [], count: parts)
            for await (part, indicators) in group { results[part] = indicators }
            return results.flatMap { $0 }
        }
    }

    private func writeBundle(
        _ options: ExportOptions, requester: Requester, now: Timestamp, _ write: ([UInt8]) async throws -> Void
    ) async throws -> ExportSummary {
        var summary = ExportSummary()
        var output = Array("{\"type\":\"bundle\",\"id\":\"\(STIXIdentifier.make(type: "bundle"))\",\"objects\":[".utf8)
        try await self.reads.export(options.query, requester: requester) { page in
            for object in page {
                guard object.type != "indicator" || FeedIndicatorReader.isActive(object.json, at: now) else {
                    summary.skipped += 1
                    continue
                }
                if summary.objects > 0 { output.append(UInt8(ascii: ",")) }
                summary.objects += 1
                output += object.json
                if output.count >= Self.chunkSize {
                    try await write(output)
                    output.removeAll(keepingCapacity: true)
                }
            }
        }
        output += Array("]}\n".utf8)
        try await write(output)
        return summary
    }
}

extension FeedIndicator {
    /// The same indicator with only the entries of `kinds`.
    func keeping(_ kinds: Set<FeedKind>) -> FeedIndicator {
        FeedIndicator(
            id: self.id, name: self.name, tlp: self.tlp, entries: self.entries.filter { kinds.contains($0.kind) },
            validFrom: self.validFrom, validUntil: self.validUntil, modified: self.modified, labels: self.labels)
    }
}
