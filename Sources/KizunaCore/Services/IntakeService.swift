import Foundation
public import STIX

/// Validates submitted STIX bundles, applies the visibility rule to each write, and stores them.
public struct IntakeService: Sendable {
    public let store: any Store
    /// How many objects go into one store transaction.
    public var batchSize: Int

    public init(store: any Store, batchSize: Int = 5_000) {
        self.store = store
        self.batchSize = batchSize
    }

    /// Ingests a serialised bundle for `requester`'s organisation, shared with `audienceName`.
    ///
    /// Valid objects are stored even when others are rejected; the report has one outcome per
    /// object, in bundle order. Returns only after every stored object is committed.
    /// - Throws: ``KizunaError`` for a malformed bundle, an unknown audience, or a reader's request;
    ///   nothing is stored then. `progress` is told after each committed batch.
    public func ingest(
        bundle bytes: [UInt8], audience audienceName: AudienceName, requester: Requester,
        progress: (@Sendable (_ done: Int, _ total: Int) -> Void)? = nil
    ) async throws -> IngestReport {
        try Self.requireWriter(requester)  // before any parsing: a reader's bundle is refused unread
        let audience = try await self.resolve(audienceName, for: requester)
        // The whole bundle's syntax is checked first, so a malformed one stores nothing.
        let bundle: BundleOutline
        do {
            bundle = try STIXBundle.outline(bytes)
        } catch {
            throw KizunaError.invalidInput(path: error.path, reason: error.reason)
        }
        return try await self.ingest(
            bundle, audience: audience, detail: "bundle \(bundle.id ?? "-") to \(audienceName)", requester: requester, progress: progress)
    }

    /// Ingests outlined objects for `requester`'s organisation, shared with an audience it may use.
    ///
    /// Each batch is parsed and validated on another core while the store writes the one before. A
    /// `receipt` is rendered from every outcome and written with the last batch, in its transaction.
    public func ingest(
        _ bundle: BundleOutline, audience: Audience, detail: String, requester: Requester,
        receipt: IngestReceipt? = nil, progress: (@Sendable (_ done: Int, _ total: Int) -> Void)? = nil
    ) async throws -> IngestReport {
        try Self.requireWriter(requester)
        let total = bundle.count
        let kind = audience.kind
        let starts = Array(stride(from: 0, to: total, by: self.batchSize))
        func batch(_ number: Int) -> Range<Int> {
            starts[number]..<min(starts[number] + self.batchSize, total)
        }
        var outcomes: [IngestOutcome] = []
        outcomes.reserveCapacity(total)
        var receiptWritten = false
        // A single batch (every TAXII envelope) is prepared in place: no hop to another thread.
        var next =
            starts.count > 1 ? Task { [batch0 = batch(0)] in Self.prepare(bundle, batch0, audience: kind) } : nil
        for number in starts.indices {
            let (candidates, rejected) =
                if let pending = next { await pending.value } else { Self.prepare(bundle, batch(number), audience: kind) }
            next = number + 1 < starts.count ? Task { [range = batch(number + 1)] in Self.prepare(bundle, range, audience: kind) } : nil
            outcomes += rejected
            if !candidates.isEmpty {
                let audit = AuditEntry(requester, action: .write, objectIDs: candidates.map(\.id), detail: detail)
                let isLast = number == starts.count - 1
                let batchReceipt = isLast ? receipt.map { Self.receipt($0, after: outcomes) } : nil
                outcomes += try await self.store.ingest(
                    candidates, owner: requester.organisationID, audience: audience, audit: audit, receipt: batchReceipt)
                receiptWritten = batchReceipt != nil
            }
            progress?(batch(number).upperBound, total)
        }
        outcomes.sort { $0.index < $1.index }
        if let receipt, !receiptWritten {
            try await self.store.saveStatus(id: receipt.id, organisationID: receipt.organisationID, json: receipt.render(outcomes))
        }
        return IngestReport(bundleID: bundle.id, outcomes: outcomes)
    }

    /// `receipt` for the last batch: rendered from the outcomes before it and the batch's own.
    private static func receipt(_ receipt: IngestReceipt, after earlier: [IngestOutcome]) -> IngestReceipt {
        IngestReceipt(id: receipt.id, organisationID: receipt.organisationID) { last in
            receipt.render((earlier + last).sorted { $0.index < $1.index })
        }
    }

    /// Refuses roles that may not share.
    static func requireWriter(_ requester: Requester) throws(KizunaError) {
        guard requester.role.canWrite else {
            throw KizunaError.forbidden(
                reason: "role '\(requester.role.rawValue)' may not share objects; an analyst, org-admin or admin can")
        }
    }

    /// Turns an audience name into an audience the requester may use.
    public func resolve(_ name: AudienceName, for requester: Requester) async throws -> Audience {
        switch name {
        case .organisation: return .organisation
        case .community: return .community
        case .federation: return .federation
        case .group(let groupName):
            guard let group = try await self.store.group(named: groupName) else {
                throw KizunaError.invalidInput(path: "audience", reason: "no sharing group named '\(groupName)'")
            }
            guard group.members.contains(requester.organisationID) else {
                throw KizunaError.invalidInput(
                    path: "audience", reason: "your organisation is not a member of sharing group '\(groupName)'")
            }
            return .group(group.id)
        }
    }

    /// Parses and validates the objects at `indices`, splitting them into candidates and rejections.
    static func prepare(_ bundle: BundleOutline, _ indices: Range<Int>, audience: AudienceKind) -> ([IngestCandidate], [IngestOutcome]) {
        var candidates: [IngestCandidate] = []
        var rejected: [IngestOutcome] = []
        candidates.reserveCapacity(indices.count)
        for index in indices {
            let entry: BundleEntry
            do {
                entry = try bundle.entry(index)
            } catch {
                rejected.append(IngestOutcome(index: index, id: nil, status: .rejected, issues: [error]))
                continue
            }
            switch Self.candidate(from: entry, audience: audience) {
            case .candidate(let candidate): candidates.append(candidate)
            case .rejected(let outcome): rejected.append(outcome)
            }
        }
        return (candidates, rejected)
    }

    /// One bundle entry after validation.
    enum Prepared {
        case candidate(IngestCandidate)
        case rejected(IngestOutcome)
    }

    static func candidate(from entry: BundleEntry, audience: AudienceKind) -> Prepared {
        let path = "$.objects[\(entry.index)]"
        let object: STIXObject
        do {
            object = try STIXObject(entry.value)
        } catch {
            let issue = ValidationIssue(path: error.path.replacingOccurrences(of: "$", with: path), reason: error.reason)
            let properties = entry.value.objectValue
            let version = (properties?["modified"] ?? properties?["created"])?.stringValue
            return .rejected(
                IngestOutcome(
                    index: entry.index, id: properties?["id"]?.stringValue, version: version, status: .rejected, issues: [issue]))
        }
        var issues = STIXValidator.errors(in: object, at: path)
        if let issue = Self.patternIssue(object, at: path) { issues.append(issue) }
        let tlp = TLPMarking.effectiveTLP(of: object) ?? VisibilityRule.defaultTLP
        do {
            try VisibilityRule.checkWrite(tlp: tlp, audience: audience)
        } catch {
            issues.append(ValidationIssue(path: "\(path).object_marking_refs", reason: error.description))
        }
        guard issues.isEmpty else {
            return .rejected(
                IngestOutcome(index: entry.index, id: object.id, version: object.versionTimestamp?.text, status: .rejected, issues: issues))
        }
        return .candidate(IngestCandidate(object, index: entry.index, tlp: tlp, json: Array(entry.raw)))
    }
}

/// The result of one ingest: an outcome per submitted object.
public struct IngestReport: Sendable {
    public let bundleID: String?
    public let outcomes: [IngestOutcome]

    /// Creates a report from the outcomes of a write, ordered by index.
    public init(bundleID: String?, outcomes: [IngestOutcome]) {
        self.bundleID = bundleID
        self.outcomes = outcomes
    }

    /// How many objects ended in each status.
    public var counts: [IngestStatus: Int] {
        self.outcomes.reduce(into: [:]) { $0[$1.status, default: 0] += 1 }
    }
}
