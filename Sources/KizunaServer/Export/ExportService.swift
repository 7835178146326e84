public import KizunaCore
import KizunaFormats
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
            var writer = Self.writer(for: options)
            return try await self.writeFeed(options, writer: &writer, requester: requester, now: now, write)
        }
    }

    /// The feed writer for a feed format.
    static func writer(for options: ExportOptions) -> any FeedWriter {
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

    private func writeFeed(
        _ options: ExportOptions, writer: inout any FeedWriter, requester: Requester, now: Timestamp,
        _ write: ([UInt8]) async throws -> Void
    ) async throws -> ExportSummary {
        var summary = ExportSummary()
        var output: [UInt8] = []
        output.reserveCapacity(Self.chunkSize + 4096)
        writer.begin(into: &output)
        let kinds = Set(options.kinds)
        try await self.reads.export(options.query, requester: requester) { page in
            for object in page {
                guard var indicator = FeedIndicatorReader.read(object.json, tlp: object.tlp, at: now) else {
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
                writer.write(indicator, into: &output)
                if output.count >= Self.chunkSize {
                    try await write(output)
                    output.removeAll(keepingCapacity: true)
                }
            }
        }
        writer.end(into: &output)
        try await write(output)
        return summary
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
