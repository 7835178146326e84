import Foundation
import STIX

/// Computes the TAXII collections a requester has, with stable ids.
public struct CollectionService: Sendable {
    public let store: any Store

    public init(store: any Store) {
        self.store = store
    }

    /// The requester's collections: Community, one per sharing group it is in, its private one,
    /// and Advisories (when the instance has a coordinator).
    public func collections(for requester: Requester) async throws -> [SharingCollection] {
        Self.collections(for: requester, in: try await self.store.collectionContext(organisationID: requester.organisationID))
    }

    /// The requester's collections, from a context already read (see ``Authentication``).
    public static func collections(for requester: Requester, in context: CollectionContext) -> [SharingCollection] {
        let canWrite = requester.role.canWrite
        var collections = [
            SharingCollection(
                id: Self.id("community"), title: "Community",
                description: "Intelligence shared with every member organisation.", kind: .community, canRead: true,
                canWrite: canWrite)
        ]
        for group in context.groups {
            collections.append(
                SharingCollection(
                    id: Self.id("group:\(group.id)"), title: "Group: \(group.name)",
                    description: group.description ?? "Intelligence shared within the sharing group \(group.name).",
                    kind: .group(group.id), canRead: true, canWrite: canWrite))
        }
        if let organisation = context.organisation {
            collections.append(
                SharingCollection(
                    id: Self.id("organisation:\(organisation.id)"), title: "\(organisation.name) (private)",
                    description: "Objects \(organisation.name) keeps to itself.", kind: .organisation(organisation.id),
                    canRead: true, canWrite: canWrite))
        }
        if let coordinator = context.instanceOrganisationID {
            collections.append(
                SharingCollection(
                    id: Self.id("advisories"), title: "Advisories",
                    description: "Advisories and intelligence the coordinating body publishes to all members.",
                    kind: .advisories(coordinator: coordinator), canRead: true,
                    canWrite: canWrite && requester.organisationID == coordinator))
        }
        return collections
    }

    /// The requester's collection with `id`.
    /// - Throws: ``KizunaError/notFound(what:)`` when the requester has no such collection.
    public func collection(_ id: String, for requester: Requester) async throws -> SharingCollection {
        try Self.collection(id, in: try await self.collections(for: requester))
    }

    /// The collection with `id` among `collections`.
    /// - Throws: ``KizunaError/notFound(what:)`` when there is none.
    public static func collection(_ id: String, in collections: [SharingCollection]) throws -> SharingCollection {
        guard let collection = collections.first(where: { $0.id == id.lowercased() }) else {
            throw KizunaError.notFound(what: "collection \(id)")
        }
        return collection
    }

    /// A UUIDv5 (SHA-1, namespace of our own) for a collection name, so ids stay the same across restarts.
    static func id(_ name: String) -> String {
        UUIDText.v5(namespace: "6f2f8c0e-5b1a-4d5e-9c3a-7b1e2d4f6a80", name: Array(name.utf8))
    }
}
