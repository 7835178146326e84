public import KizunaCore
public import KizunaFormats
public import STIX

extension ExportService {
    /// Loose indicators per MISP event, so that no event file grows without bound.
    static let looseEventSize = 5_000

    /// Writes a MISP feed through `emit`, one file at a time: an event per readable report or grouping (with the
    /// readable objects it references), events for the readable active indicators no report references, then
    /// `manifest.json` and `hashes.csv`.
    @discardableResult
    public func writeMISPFeed(
        _ options: ExportOptions, requester: Requester, organisation: Organisation, now: Timestamp = .now,
        _ emit: (MISPFeedFile) async throws -> Void
    ) async throws -> ExportSummary {
        var builder = MISPFeedBuilder(orgName: organisation.name, orgUUID: Self.uuid(of: organisation.identityID))
        var summary = ExportSummary()
        var referenced = Set<String>()
        var reports = options.query
        reports.types = ["report", "grouping"]
        try await self.reads.export(reports, pageSize: 200, requester: requester) { page in
            for stored in page {
                guard let report = try? JSON.parse(stored.json) else { continue }
                let refs = report["object_refs"]?.arrayValue?.compactMap(\.stringValue) ?? []
                let objects = try await self.readable(ids: refs, requester: requester, now: now)
                // A report MISP cannot take (no name, no timestamp, a second owner's copy of the same id) is left out.
                guard let file = try? builder.event(report: report, tlp: stored.tlp, objects: objects) else {
                    summary.skipped += 1
                    continue
                }
                for object in objects where object["type"]?.stringValue == "indicator" {
                    if let id = object["id"]?.stringValue { referenced.insert(id) }
                }
                summary.objects += 1
                try await emit(file)
            }
        }
        var loose: [JSONValue] = []
        var looseTLP = TLP.clear
        var part = 0
        func flushLoose() async throws {
            guard !loose.isEmpty else { return }
            part += 1
            let uuid = UUIDText.v5(namespace: Self.looseNamespace, name: Array("\(requester.organisationID)/\(part)".utf8))
            let info = "Kizuna indicators not in a report (part \(part))"
            try await emit(try builder.event(uuid: uuid, info: info, date: now, tlp: looseTLP, objects: loose))
            summary.objects += 1
            loose.removeAll(keepingCapacity: true)
            looseTLP = .clear
        }
        var indicators = options.query
        indicators.types = ["indicator"]
        try await self.reads.export(indicators, requester: requester) { page in
            for stored in page where !referenced.contains(stored.id) {
                guard let object = try? JSON.parse(stored.json), let fields = object.objectValue,
                    FeedIndicatorReader.isActive(fields, at: now)
                else {
                    summary.skipped += 1
                    continue
                }
                loose.append(object)
                looseTLP = max(looseTLP, stored.tlp)
                if loose.count >= Self.looseEventSize { try await flushLoose() }
            }
        }
        try await flushLoose()
        try await emit(builder.manifest())
        try await emit(builder.hashes())
        return summary
    }

    /// The readable objects among `ids` (latest versions), leaving out inactive indicators.
    private func readable(ids: [String], requester: Requester, now: Timestamp) async throws -> [JSONValue] {
        var objects: [JSONValue] = []
        for start in stride(from: 0, to: ids.count, by: 500) {
            var query = ObjectQuery()
            query.ids = Array(ids[start..<min(ids.count, start + 500)])
            try await self.reads.export(query, requester: requester) { page in
                for stored in page {
                    guard let object = try? JSON.parse(stored.json), let fields = object.objectValue,
                        FeedIndicatorReader.isActive(fields, at: now)
                    else { continue }
                    objects.append(object)
                }
            }
        }
        return objects
    }

    /// The namespace of the loose-indicator events' UUIDs.
    private static let looseNamespace = "3f1a7c2e-5b1d-5f0e-9c4a-6d2b8e1f0a73"

    private static func uuid(of identityID: String) -> String {
        identityID.split(separator: "--", maxSplits: 1).last.map(String.init) ?? identityID
    }
}
