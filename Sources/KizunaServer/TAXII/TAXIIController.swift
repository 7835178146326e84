import Foundation
import HTTPTypes
import Hummingbird
import KizunaCore
import NIOCore
import STIX

/// TAXII 2.1 under `/taxii2/`: discovery, one API root, the requester's collections, objects,
/// versions, manifests and status resources. Every read goes through ``ReadService`` and so
/// through the visibility rule; writes go through ``IntakeService`` with the collection's audience.
struct TAXIIController {
    let collections: CollectionService
    let reads: ReadService
    let intake: IntakeService
    let store: any Store
    let maxContentLength: Int

    static let root = "/taxii2/api"

    func addRoutes(to routes: RouteRecorder) {
        routes.on(.get, "/taxii2", self.discovery)
        routes.on(.get, "/taxii2/api", self.apiRoot)
        routes.on(.get, "/taxii2/api/status/{statusID}", self.status)
        routes.on(.get, "/taxii2/api/collections", self.listCollections)
        routes.on(.get, "/taxii2/api/collections/{collectionID}", self.getCollection)
        routes.on(.get, "/taxii2/api/collections/{collectionID}/objects", self.getObjects)
        routes.on(.post, "/taxii2/api/collections/{collectionID}/objects", self.addObjects)
        routes.on(.get, "/taxii2/api/collections/{collectionID}/objects/{objectID}", self.getObject)
        routes.on(.delete, "/taxii2/api/collections/{collectionID}/objects/{objectID}", self.deleteObject)
        routes.on(.get, "/taxii2/api/collections/{collectionID}/objects/{objectID}/versions", self.versions)
        routes.on(.get, "/taxii2/api/collections/{collectionID}/manifest", self.manifest)
    }

    // MARK: Discovery, API root, status

    @Sendable func discovery(_ request: Request, context: KizunaRequestContext) async throws -> Response {
        _ = try self.begin(request, context)
        let host = request.head.authority ?? "127.0.0.1"
        let root = "http://\(host)\(Self.root)/"
        return Self.taxii([
            "title": "Kizuna TAXII 2.1", "description": "Threat intelligence shared by the members of this Kizuna instance.",
            "default": .string(root), "api_roots": [.string(root)],
        ])
    }

    @Sendable func apiRoot(_ request: Request, context: KizunaRequestContext) async throws -> Response {
        _ = try self.begin(request, context)
        return Self.taxii([
            "title": "Kizuna", "description": "Collections per audience: community, sharing groups, private, advisories.",
            "versions": [.string(TAXIIMedia.taxii)], "max_content_length": .number(JSONNumber(self.maxContentLength)),
        ])
    }

    @Sendable func status(_ request: Request, context: KizunaRequestContext) async throws -> Response {
        let requester = try self.begin(request, context)
        let id = try context.pathParameter("statusID")
        guard let json = try await self.store.status(id: id, organisationID: requester.organisationID) else {
            throw KizunaError.notFound(what: "status \(id)")
        }
        return .json(bytes: json, contentType: TAXIIMedia.taxii)
    }

    // MARK: Collections

    @Sendable func listCollections(_ request: Request, context: KizunaRequestContext) async throws -> Response {
        let requester = try self.begin(request, context)
        let collections = try await self.collections(context, requester)
        return Self.taxii(["collections": .array(collections.map(Self.describe))])
    }

    @Sendable func getCollection(_ request: Request, context: KizunaRequestContext) async throws -> Response {
        let requester = try self.begin(request, context)
        return Self.taxii(Self.describe(try await self.collection(context, requester)))
    }

    static func describe(_ collection: SharingCollection) -> JSONValue {
        [
            "id": .string(collection.id), "title": .string(collection.title),
            "description": .string(collection.description), "can_read": .bool(collection.canRead),
            "can_write": .bool(collection.canWrite), "media_types": [.string(TAXIIMedia.stix)],
        ]
    }

    // MARK: Objects

    @Sendable func getObjects(_ request: Request, context: KizunaRequestContext) async throws -> Response {
        let requester = try self.begin(request, context)
        let collection = try await self.collection(context, requester)
        let taxii = try TAXIIQuery(request.uri.queryParameters, allowed: ["id", "type", "version", "spec_version"])
        return try await self.envelope(collection.restrict(taxii.query), taxii, requester)
    }

    @Sendable func getObject(_ request: Request, context: KizunaRequestContext) async throws -> Response {
        let requester = try self.begin(request, context)
        let collection = try await self.collection(context, requester)
        let objectID = try context.pathParameter("objectID")
        var taxii = try TAXIIQuery(request.uri.queryParameters, allowed: ["version", "spec_version"])
        taxii.query.ids = [objectID]
        return try await self.envelope(collection.restrict(taxii.query), taxii, requester, notFound: "object \(objectID)")
    }

    @Sendable func versions(_ request: Request, context: KizunaRequestContext) async throws -> Response {
        let requester = try self.begin(request, context)
        let collection = try await self.collection(context, requester)
        let objectID = try context.pathParameter("objectID")
        var taxii = try TAXIIQuery(request.uri.queryParameters, allowed: ["spec_version"], defaultVersions: .every)
        taxii.query.ids = [objectID]
        let page = try await self.reads.list(collection.restrict(taxii.query), requester: requester)
        guard !page.objects.isEmpty || taxii.query.afterSequence != nil else { throw KizunaError.notFound(what: "object \(objectID)") }
        var body: JSONObject = ["more": .bool(page.nextCursor != nil)]
        if let next = page.nextCursor { body["next"] = .string(taxii.next(after: next)) }
        body["versions"] = .array(page.objects.map { .string(Self.version(of: $0)) })
        return Self.taxii(.object(body), page: page.objects)
    }

    @Sendable func manifest(_ request: Request, context: KizunaRequestContext) async throws -> Response {
        let requester = try self.begin(request, context)
        let collection = try await self.collection(context, requester)
        let taxii = try TAXIIQuery(request.uri.queryParameters, allowed: ["id", "type", "version", "spec_version"])
        let page = try await self.reads.list(collection.restrict(taxii.query), requester: requester)
        var body: JSONObject = ["more": .bool(page.nextCursor != nil)]
        if let next = page.nextCursor { body["next"] = .string(taxii.next(after: next)) }
        body["objects"] = .array(
            page.objects.map { object in
                [
                    "id": .string(object.id), "date_added": .string(Self.timestamp(object.dateAdded)),
                    "version": .string(Self.version(of: object)), "media_type": .string(TAXIIMedia.stix),
                ]
            })
        return Self.taxii(.object(body), page: page.objects)
    }

    @Sendable func addObjects(_ request: Request, context: KizunaRequestContext) async throws -> Response {
        let requester = try self.begin(request, context)
        let collection = try await self.collection(context, requester)
        guard collection.canWrite else {
            throw KizunaError.forbidden(reason: "you may not write to the collection '\(collection.title)'")
        }
        try TAXIIMedia.checkContentType(request)
        let body = try await request.bytes(upTo: self.maxContentLength)
        let envelope: BundleOutline
        do {
            envelope = try STIXBundle.outlineEnvelope(body)
        } catch {
            throw KizunaError.invalidInput(path: error.path, reason: error.reason)
        }
        let requestTime = Date()
        let statusID = UUID().uuidString.lowercased()
        // The status is stored in the transaction of the objects it reports on.
        let receipt = IngestReceipt(id: statusID, organisationID: requester.organisationID) { outcomes in
            let report = IngestReport(bundleID: envelope.id, outcomes: outcomes)
            return JSON.serialize(TAXIIStatus(id: statusID, report: report, requestTime: requestTime).json)
        }
        let report = try await self.intake.ingest(
            envelope, audience: collection.writeAudience, detail: "TAXII collection \(collection.title)", requester: requester,
            receipt: receipt)
        let json = JSON.serialize(TAXIIStatus(id: statusID, report: report, requestTime: requestTime).json)
        return .json(bytes: json, status: .accepted, contentType: TAXIIMedia.taxii)
    }

    @Sendable func deleteObject(_ request: Request, context: KizunaRequestContext) async throws -> Response {
        let requester = try self.begin(request, context)
        let collection = try await self.collection(context, requester)
        let objectID = try context.pathParameter("objectID")
        var taxii = try TAXIIQuery(request.uri.queryParameters, allowed: ["version", "spec_version"], defaultVersions: .every)
        taxii.query.ids = [objectID]
        let query = collection.restrict(taxii.query)
        let visible = try await self.reads.list(query, requester: requester)
        guard !visible.objects.isEmpty else { throw KizunaError.notFound(what: "object \(objectID)") }
        guard requester.role.canWrite, visible.objects.contains(where: { $0.owner == requester.organisationID }) else {
            throw KizunaError.forbidden(reason: "only the organisation that shared \(objectID) can delete it")
        }
        let audit = AuditEntry(requester, action: .delete, objectIDs: [objectID], detail: "TAXII delete from \(collection.title)")
        _ = try await self.store.deleteVersions(of: objectID, owner: requester.organisationID, matching: query, audit: audit)
        return Response(status: .ok, headers: [.contentType: TAXIIMedia.taxii], body: .init())
    }

    // MARK: Helpers

    /// Checks `Accept` and authentication, common to every TAXII endpoint.
    private func begin(_ request: Request, _ context: KizunaRequestContext) throws -> Requester {
        let requester = try context.requireRequester()
        try TAXIIMedia.checkAccept(request)
        return requester
    }

    /// The requester's collections, from the context read with its credentials when there is one.
    private func collections(_ context: KizunaRequestContext, _ requester: Requester) async throws -> [SharingCollection] {
        if let collections = context.collectionContext {
            return CollectionService.collections(for: requester, in: collections)
        }
        return try await self.collections.collections(for: requester)
    }

    private func collection(_ context: KizunaRequestContext, _ requester: Requester) async throws -> SharingCollection {
        try CollectionService.collection(try context.pathParameter("collectionID"), in: try await self.collections(context, requester))
    }

    /// An objects envelope for one page of `query`.
    private func envelope(
        _ query: ObjectQuery, _ taxii: TAXIIQuery, _ requester: Requester, notFound: String? = nil
    ) async throws -> Response {
        let page = try await self.reads.list(query, requester: requester)
        if let notFound, page.objects.isEmpty, query.afterSequence == nil { throw KizunaError.notFound(what: notFound) }
        var body: [UInt8] = Array("{\"more\":\(page.nextCursor != nil)".utf8)
        if let next = page.nextCursor { body += Array(",\"next\":\"\(taxii.next(after: next))\"".utf8) }
        body += Array(",\"objects\":[".utf8)
        for (index, object) in page.objects.enumerated() {
            if index > 0 { body.append(UInt8(ascii: ",")) }
            body += object.json
        }
        body += Array("]}".utf8)
        var response = Response.json(bytes: body, contentType: TAXIIMedia.taxii)
        Self.addDateHeaders(&response, page.objects)
        return response
    }

    private static func taxii(_ value: JSONValue, page: [StoredObject] = []) -> Response {
        var response = Response.json(value, contentType: TAXIIMedia.taxii)
        Self.addDateHeaders(&response, page)
        return response
    }

    private static func addDateHeaders(_ response: inout Response, _ page: [StoredObject]) {
        guard let first = page.map(\.dateAdded).min(), let last = page.map(\.dateAdded).max() else { return }
        response.headers[HTTPField.Name("X-TAXII-Date-Added-First")!] = Self.timestamp(first)
        response.headers[HTTPField.Name("X-TAXII-Date-Added-Last")!] = Self.timestamp(last)
    }

    /// A version's TAXII identity: its `modified` (or `created`), else when it was added.
    static func version(of object: StoredObject) -> String {
        object.modified ?? Self.timestamp(object.dateAdded)
    }

    /// RFC 3339 with microseconds, the precision `date_added` is stored with.
    static func timestamp(_ date: Date) -> String {
        let microseconds = Int64((date.timeIntervalSince1970 * 1_000_000).rounded())
        let seconds = Timestamp(date: Date(timeIntervalSince1970: Double(microseconds / 1_000_000))).text.prefix(19)
        let fraction = String(microseconds % 1_000_000)
        return "\(seconds).\(String(repeating: "0", count: 6 - fraction.count))\(fraction)Z"
    }
}
