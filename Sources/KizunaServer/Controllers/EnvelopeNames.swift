import Foundation
import KizunaCore
import STIX

/// Organisation and group names for writing object envelopes.
struct EnvelopeNames {
    let organisations: [Organisation.ID: Organisation]
    let groups: [SharingGroup.ID: SharingGroup]

    static func load(_ store: any Store) async throws -> EnvelopeNames {
        let organisations = try await store.organisations()
        let groups = try await store.groups()
        return EnvelopeNames(
            organisations: Dictionary(uniqueKeysWithValues: organisations.map { ($0.id, $0) }),
            groups: Dictionary(uniqueKeysWithValues: groups.map { ($0.id, $0) }))
    }

    func audienceName(_ audience: Audience) -> String {
        switch audience {
        case .organisation: "organisation"
        case .group(let id): "group:\(self.groups[id]?.name ?? String(id))"
        case .community: "community"
        case .federation: "federation"
        }
    }

    /// Writes `{"sequence":…,"date_added":…,"owner":…,"tlp":…,"audience":…,"object":<stored JSON>}`.
    func writeItem(_ object: StoredObject, into body: inout [UInt8]) {
        let envelope = JSONObject([
            ("sequence", .number(JSONNumber(Int(object.sequence)))),
            ("date_added", .string(Timestamp(date: object.dateAdded).text)),
            ("owner", .string(self.organisations[object.owner]?.name ?? String(object.owner))),
            ("tlp", .string(object.tlp.rawValue)),
            ("audience", .string(self.audienceName(object.audience))),
        ])
        var bytes = JSON.serialize(.object(envelope))
        bytes.removeLast()
        body += bytes
        body += Array(#","object":"#.utf8)
        body += object.json
        body.append(UInt8(ascii: "}"))
    }
}
