import Foundation
import Hummingbird
import KizunaCore
import KizunaFormats
import NIOCore
import STIX

/// `GET /api/v1/export/{format}` (and `GET /api/v1/export?format=`): streamed exports of what the requester may read.
struct ExportController {
    let exports: ExportService
    let store: any Store

    func addRoutes(to routes: RouteRecorder) {
        routes.on(.get, "/api/v1/export", self.exportByParameter)
        routes.on(.get, "/api/v1/export/{format}", self.exportByPath)
    }

    @Sendable func exportByParameter(_ request: Request, context: KizunaRequestContext) async throws -> Response {
        let format = request.uri.queryParameters["format"].map(String.init) ?? "stix"
        return try await self.export(format: format, request, context: context)
    }

    @Sendable func exportByPath(_ request: Request, context: KizunaRequestContext) async throws -> Response {
        try await self.export(format: try context.pathParameter("format"), request, context: context)
    }

    private func export(format: String, _ request: Request, context: KizunaRequestContext) async throws -> Response {
        let requester = try context.requireRequester()
        let options = try ExportOptions(
            format: format, parameters: request.uri.queryParameters, organisations: try await self.store.organisations())
        let exports = self.exports
        var headers: HTTPFields = [.contentType: options.contentType]
        if options.format == .mispFeed {
            // The feed's creator is the instance's organisation, or the requester's where there is none.
            let creatorID = try await self.store.instanceOrganisationID() ?? requester.organisationID
            guard let organisation = try await self.store.organisation(id: creatorID) else {
                throw KizunaError.notFound(what: "organisation \(creatorID)")
            }
            headers[.contentDisposition] = "attachment; filename=\"kizuna-misp-feed.tar\""
            let body = ResponseBody { writer in
                let modified = Date()
                try await exports.writeMISPFeed(options, requester: requester, organisation: organisation) { file in
                    try await writer.write(ByteBuffer(bytes: try TarArchive.entry(name: file.name, contents: file.contents, modified: modified)))
                }
                try await writer.write(ByteBuffer(bytes: TarArchive.end()))
                try await writer.finish(nil)
            }
            return Response(status: .ok, headers: headers, body: body)
        }
        let body = ResponseBody { writer in
            try await exports.write(options, requester: requester) { try await writer.write(ByteBuffer(bytes: $0)) }
            try await writer.finish(nil)
        }
        return Response(status: .ok, headers: headers, body: body)
    }
}
