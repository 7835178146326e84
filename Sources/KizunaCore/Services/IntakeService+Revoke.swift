public import Foundation
import STIX

extension IntakeService {
    /// Stores a new version of the requester's own object with `revoked: true`.
    /// - Throws: ``KizunaError/notFound(what:)`` when the requester cannot read the object,
    ///   ``KizunaError/forbidden(reason:)`` when it can but does not own it.
    public func revoke(id: String, requester: Requester, now: Date = Date()) async throws -> StoredObject {
        guard requester.role.canWrite else {
            throw KizunaError.forbidden(reason: "role '\(requester.role.rawValue)' may not revoke objects")
        }
        let visible = try await self.store.versions(of: id, scope: requester.readScope)
        guard !visible.isEmpty else { throw KizunaError.notFound(what: "object \(id)") }
        guard let latest = visible.last(where: { $0.owner == requester.organisationID && $0.isLatest }) else {
            throw KizunaError.forbidden(reason: "only the organisation that shared \(id) can revoke it")
        }
        let object = try STIXObject(JSON.parse(latest.json))
        guard let previous = object.modified else {
            throw KizunaError.invalidInput(path: "id", reason: "\(object.type) objects have no versions and cannot be revoked")
        }
        if object.revoked { return latest }
        var modified = Timestamp(date: now)
        if modified <= previous {
            modified = Timestamp(date: previous.date.addingTimeInterval(0.001))
        }
        let revoked = object.setting("revoked", to: .bool(true)).setting("modified", to: .string(modified.text))
        let candidate = IngestCandidate(revoked, index: 0, tlp: latest.tlp)
        let audit = AuditEntry(requester, action: .revoke, objectIDs: [id], detail: "revoked")
        _ = try await self.store.ingest([candidate], owner: requester.organisationID, audience: latest.audience, audit: audit)
        let after = try await self.store.versions(of: id, scope: requester.readScope)
        return after.last(where: { $0.owner == requester.organisationID && $0.isLatest }) ?? latest
    }
}
