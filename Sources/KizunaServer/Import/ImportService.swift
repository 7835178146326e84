public import KizunaCore
public import KizunaFormats
public import STIX
import STIXPatterns

/// Imports MISP events, CSV and free text: converts, applies the warning lists, stores through ``IntakeService``
/// (so validation and the TLP/audience rule apply) and reports per item.
public struct ImportService: Sendable {
    public let intake: IntakeService
    public let warningLists: WarningListSet

    public init(intake: IntakeService, warningLists: WarningListSet) {
        self.intake = intake
        self.warningLists = warningLists
    }

    /// Stores converted MISP events (or, with `preview`, only reports what would be stored). Indicators whose
    /// observables hit a warning list are left out unless `force`.
    public func importMISP(
        _ conversions: [MISPConversion], audience: AudienceName, requester: Requester, force: Bool, preview: Bool = false
    ) async throws -> ImportReport {
        var items: [ImportItem] = []
        for conversion in conversions {
            var dropped: [String: [WarningHit]] = [:]
            var objects: [JSONValue] = []
            for object in conversion.objects {
                let hits = self.hits(inIndicator: object)
                if !hits.isEmpty, !force, let id = object["id"]?.stringValue {
                    dropped[id] = hits
                    continue
                }
                objects.append(object)
            }
            var statuses: [String: (ImportItem.Status, String?)] = [:]
            if !objects.isEmpty, !preview {
                let report = try await self.intake.ingest(
                    bundle: Self.bundle(objects), audience: audience, requester: requester)
                for outcome in report.outcomes {
                    guard let id = outcome.id else { continue }
                    let reason = outcome.issues.map { "\($0.path): \($0.reason)" }.joined(separator: "; ")
                    statuses[id] = (Self.status(outcome.status), reason.isEmpty ? nil : reason)
                }
            }
            for item in conversion.items {
                let source = "event \(conversion.eventUUID) \(item.kind.rawValue) \(item.uuid ?? "-")"
                if let skipped = item.skipped {
                    items.append(ImportItem(source: source, type: item.type, value: item.value, status: .skipped, reason: skipped))
                    continue
                }
                var result = ImportItem(
                    source: source, type: item.type, value: item.value, status: preview ? .preview : .unchanged, stixIDs: item.stixIDs)
                let warnings = item.stixIDs.flatMap { dropped[$0] ?? [] }
                if !warnings.isEmpty {
                    result.status = .skipped
                    result.reason = "on a warning list: " + Self.describe(warnings) + " (use force to import it anyway)"
                    result.warnings = warnings
                } else {
                    // The item's status is its most significant object's.
                    let outcomes = item.stixIDs.compactMap { statuses[$0] }
                    if let rejected = outcomes.first(where: { $0.0 == .rejected }) {
                        result.status = .rejected
                        result.reason = rejected.1
                    } else if outcomes.contains(where: { $0.0 == .created }) {
                        result.status = .created
                    } else if outcomes.contains(where: { $0.0 == .newVersion }) {
                        result.status = .newVersion
                    }
                }
                items.append(result)
            }
        }
        return ImportReport(items: items)
    }

    /// What creating `drafts` would do, without storing anything.
    public func preview(_ drafts: [ImportDraft]) -> ImportReport {
        ImportReport(items: drafts.map { Self.item(for: $0, status: .preview) })
    }

    /// Creates an indicator for every draft decided `.create`, with `tlp`, shared with `audience`.
    public func create(
        _ drafts: [ImportDraft], tlp: TLP, audience: AudienceName, description: String?, requester: Requester,
        createdBy: String?, now: Timestamp = .now
    ) async throws -> ImportReport {
        var items = drafts.map { Self.item(for: $0, status: .preview) }
        let creating = drafts.indices.filter { drafts[$0].decision == .create }
        guard !creating.isEmpty else { return ImportReport(items: items) }
        let objects = creating.map {
            ImportDrafts.indicator(for: drafts[$0], tlp: tlp, createdBy: createdBy, now: now, description: description)
        }
        let report = try await self.intake.ingest(bundle: Self.bundle(objects), audience: audience, requester: requester)
        for (position, outcome) in report.outcomes.enumerated() where position < creating.count {
            let index = creating[position]
            items[index].status = Self.status(outcome.status)
            items[index].stixIDs = outcome.id.map { [$0] } ?? []
            let reason = outcome.issues.map { "\($0.path): \($0.reason)" }.joined(separator: "; ")
            items[index].reason = reason.isEmpty ? nil : reason
        }
        return ImportReport(items: items)
    }

    /// The warning-list hits of an indicator's exact observables (none for other objects).
    func hits(inIndicator object: JSONValue) -> [WarningHit] {
        guard object["type"]?.stringValue == "indicator", object["pattern_type"]?.stringValue == "stix",
            let text = object["pattern"]?.stringValue, let pattern = try? Pattern.parse(text)
        else { return [] }
        return FeedEntries.exact(in: pattern).flatMap { entry in
            entry.kind.observableKind.map { self.warningLists.hits($0, entry.value) } ?? []
        }
    }

    static func item(for draft: ImportDraft, status: ImportItem.Status) -> ImportItem {
        let source = draft.sources.map(\.description).joined(separator: "; ")
        switch draft.decision {
        case .create:
            return ImportItem(source: source, type: draft.kind.observableType, value: draft.value, status: status, warnings: draft.warnings)
        case .skipped(let reason):
            return ImportItem(
                source: source, type: draft.kind.observableType, value: draft.value, status: .skipped, reason: reason, warnings: draft.warnings)
        }
    }

    static func describe(_ hits: [WarningHit]) -> String {
        hits.map { "\($0.list) (\($0.entry))" }.joined(separator: ", ")
    }

    static func status(_ status: IngestStatus) -> ImportItem.Status {
        switch status {
        case .created: .created
        case .newVersion: .newVersion
        case .unchanged: .unchanged
        case .rejected: .rejected
        }
    }

    static func bundle(_ objects: [JSONValue]) -> [UInt8] {
        JSON.serialize(
            .object(
                JSONObject([
                    ("type", .string("bundle")), ("id", .string(STIXIdentifier.make(type: "bundle"))), ("objects", .array(objects)),
                ])))
    }
}

extension FeedKind {
    /// The observable kind warning lists are checked with (none for networks).
    var observableKind: ObservableKind? {
        switch self {
        case .ipv4: .ipv4
        case .ipv6: .ipv6
        case .domain: .domain
        case .url: .url
        case .email: .email
        case .md5: .md5
        case .sha1: .sha1
        case .sha256: .sha256
        case .sha512: .sha512
        case .ipv4Network, .ipv6Network: nil
        }
    }
}
