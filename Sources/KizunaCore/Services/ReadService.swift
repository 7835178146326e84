import Foundation
import STIX

/// Every read of shared objects: listing, fetching versions, counting and exporting.
///
/// Each call passes the requester's ``ReadScope`` to the store, and writes an audit entry for
/// every TLP:AMBER, AMBER+STRICT or RED object it returns.
public struct ReadService: Sendable {
    public let store: any Store

    public init(store: any Store) {
        self.store = store
    }

    /// One page of the latest versions matching `query`.
    public func list(_ query: ObjectQuery, requester: Requester) async throws -> ObjectPage {
        let page = try await self.store.objects(query, scope: requester.readScope)
        try await self.auditRestricted(page.objects, requester: requester, action: .readRestricted, detail: "list")
        return page
    }

    /// The versions of one object that `selector` picks.
    /// - Throws: ``KizunaError/notFound(what:)`` when the requester can read no version of it.
    public func get(id: String, versions selector: VersionSelector, requester: Requester) async throws -> [StoredObject] {
        guard STIXIdentifier.parse(id) != nil else {
            throw KizunaError.invalidInput(path: "id", reason: "'\(id)' is not a STIX identifier of the form type--UUID")
        }
        let all = try await self.store.versions(of: id, scope: requester.readScope)
        let picked = Self.pick(all, selector)
        guard !picked.isEmpty else { throw KizunaError.notFound(what: "object \(id)") }
        try await self.auditRestricted(picked, requester: requester, action: .readRestricted, detail: "get")
        return picked
    }

    /// How many readable objects match `query`, per type.
    public func count(_ query: ObjectQuery, requester: Requester) async throws -> [String: Int] {
        try await self.store.countByType(query, scope: requester.readScope)
    }

    /// Calls `body` with each page of everything the requester may read (latest versions); the next page is read
    /// from the store while `body` works on the current one.
    public func export(
        _ query: ObjectQuery = ObjectQuery(), pageSize: Int = 5_000, requester: Requester,
        _ body: ([StoredObject]) async throws -> Void
    ) async throws {
        var query = query
        query.limit = pageSize
        let store = self.store
        let scope = requester.readScope
        var pending = Task { [query] in try await store.objects(query, scope: scope) }
        defer { pending.cancel() }
        while true {
            let page = try await pending.value
            try await self.auditRestricted(page.objects, requester: requester, action: .export, detail: "export")
            if let next = page.nextCursor {
                query.afterSequence = next
                pending = Task { [query] in try await store.objects(query, scope: scope) }
            }
            try await body(page.objects)
            guard page.nextCursor != nil else { return }
        }
    }

    /// Writes everything the requester may read as one STIX bundle, in chunks, without re-encoding.
    /// - Returns: how many objects were written.
    @discardableResult
    public func exportBundle(
        _ query: ObjectQuery = ObjectQuery(), requester: Requester, write: ([UInt8]) async throws -> Void
    ) async throws -> Int {
        try await write(Array("{\"type\":\"bundle\",\"id\":\"\(STIXIdentifier.make(type: "bundle"))\",\"objects\":[".utf8))
        var count = 0
        try await self.export(query, requester: requester) { objects in
            var chunk: [UInt8] = []
            for object in objects {
                if count > 0 { chunk.append(UInt8(ascii: ",")) }
                count += 1
                chunk += object.json
            }
            try await write(chunk)
        }
        try await write(Array("]}".utf8))
        return count
    }

    static func pick(_ versions: [StoredObject], _ selector: VersionSelector) -> [StoredObject] {
        // Several owners may hold the same id and version; keep one row per version.
        var seen = Set<String>()
        let unique = versions.filter { seen.insert($0.modified ?? "seq:\($0.sequence)").inserted }
        switch selector {
        case .all: return unique
        case .first: return unique.first.map { [$0] } ?? []
        case .last: return unique.last.map { [$0] } ?? []
        case .at(let timestamp):
            return unique.filter { $0.modified.flatMap(Timestamp.init) == timestamp }
        }
    }

    private func auditRestricted(
        _ objects: [StoredObject], requester: Requester, action: AuditEntry.Action, detail: String
    ) async throws {
        let restricted = objects.filter { $0.tlp >= .amber }.map(\.id)
        guard !restricted.isEmpty else { return }
        try await self.store.appendAudit(AuditEntry(requester, action: action, objectIDs: restricted, detail: detail))
    }
}
