import Foundation
import Hummingbird
import KizunaCore
import STIX

/// Administration of organisations, users, API keys and sharing groups, and `GET /me`.
struct MemberController {
    let membership: MembershipService
    let store: any Store

    func addRoutes(to routes: RouteRecorder) {
        routes.on(.get, "/api/v1/me", self.me)
        routes.on(.get, "/api/v1/organisations", self.listOrganisations)
        routes.on(.post, "/api/v1/organisations", self.createOrganisation)
        routes.on(.get, "/api/v1/organisations/{id}", self.getOrganisation)
        routes.on(.get, "/api/v1/users", self.listUsers)
        routes.on(.post, "/api/v1/users", self.createUser)
        routes.on(.get, "/api/v1/keys", self.listKeys)
        routes.on(.post, "/api/v1/keys", self.createKey)
        routes.on(.delete, "/api/v1/keys/{prefix}", self.revokeKey)
        routes.on(.get, "/api/v1/groups", self.listGroups)
        routes.on(.post, "/api/v1/groups", self.createGroup)
        routes.on(.put, "/api/v1/groups/{name}/members", self.setGroupMembers)
    }

    @Sendable func me(_ request: Request, context: KizunaRequestContext) async throws -> Response {
        let requester = try context.requireRequester()
        guard let user = try await self.store.user(id: requester.userID),
            let organisation = try await self.store.organisation(id: requester.organisationID)
        else { throw KizunaError.unauthenticated(reason: "the key's user no longer exists") }
        let organisations = try await self.organisationsByID()
        let groups = try await self.store.groups().filter { requester.groupIDs.contains($0.id) }
        return .json(
            .object(
                JSONObject([
                    ("user", Present.user(user)), ("organisation", Present.organisation(organisation)),
                    ("groups", .array(groups.map { Present.group($0, organisations: organisations) })),
                    ("key", .string("kz_\(requester.keyPrefix ?? "")")),
                ])))
    }

    // MARK: Organisations

    @Sendable func listOrganisations(_ request: Request, context: KizunaRequestContext) async throws -> Response {
        _ = try context.requireRequester()
        return .json(.array(try await self.store.organisations().map(Present.organisation)))
    }

    @Sendable func getOrganisation(_ request: Request, context: KizunaRequestContext) async throws -> Response {
        _ = try context.requireRequester()
        let text = try context.pathParameter("id")
        guard let id = Organisation.ID(text), let organisation = try await self.store.organisation(id: id) else {
            throw KizunaError.notFound(what: "organisation \(text)")
        }
        return .json(Present.organisation(organisation))
    }

    @Sendable func createOrganisation(_ request: Request, context: KizunaRequestContext) async throws -> Response {
        let requester = try context.requireRequester()
        let fields = try await RequestFields.read(request)
        try fields.allowOnly(["name", "sector", "subsector", "country"])
        guard let sector = try fields.enumValue("sector", as: Sector.self) else {
            throw KizunaError.invalidInput(path: "$.sector", reason: "required")
        }
        let organisation = try await self.membership.createOrganisation(
            name: try fields.string("name"), sector: sector, subsector: try fields.optionalString("subsector"),
            country: try fields.string("country"), by: requester)
        return .json(Present.organisation(organisation), status: .created)
    }

    // MARK: Users

    @Sendable func listUsers(_ request: Request, context: KizunaRequestContext) async throws -> Response {
        let requester = try context.requireRequester()
        let organisation: Organisation.ID? = requester.role == .admin ? nil : requester.organisationID
        let users = try await self.store.users(in: organisation)
        let visible = requester.role >= .orgAdmin ? users : users.filter { $0.id == requester.userID }
        return .json(.array(visible.map(Present.user)))
    }

    @Sendable func createUser(_ request: Request, context: KizunaRequestContext) async throws -> Response {
        let requester = try context.requireRequester()
        let fields = try await RequestFields.read(request)
        try fields.allowOnly(["name", "email", "role", "organisation_id"])
        let role = try fields.enumValue("role", as: Role.self) ?? .analyst
        let organisationID = try fields.optionalInt("organisation_id") ?? requester.organisationID
        let user = try await self.membership.createUser(
            name: try fields.string("name"), email: try fields.optionalString("email"), role: role,
            organisationID: organisationID, by: requester)
        return .json(Present.user(user), status: .created)
    }

    // MARK: Keys

    @Sendable func listKeys(_ request: Request, context: KizunaRequestContext) async throws -> Response {
        let requester = try context.requireRequester()
        return .json(.array(try await self.membership.keys(visibleTo: requester).map(Present.key)))
    }

    @Sendable func createKey(_ request: Request, context: KizunaRequestContext) async throws -> Response {
        let requester = try context.requireRequester()
        let fields = try await RequestFields.read(request)
        try fields.allowOnly(["user_id", "label", "expires_at"])
        let userID = try fields.optionalInt("user_id") ?? requester.userID
        let secret = try await self.membership.issueKey(
            for: userID, label: try fields.optionalString("label"), expiresAt: try fields.optionalTimestamp("expires_at"),
            by: requester)
        return .json(
            .object(
                JSONObject([
                    ("prefix", .string("kz_\(secret.prefix)")), ("key", .string(secret.token)),
                    ("user_id", .number(JSONNumber(Int(userID)))),
                    ("note", "store this key now: it is shown only once"),
                ])), status: .created)
    }

    @Sendable func revokeKey(_ request: Request, context: KizunaRequestContext) async throws -> Response {
        let requester = try context.requireRequester()
        var prefix = try context.pathParameter("prefix")
        if prefix.hasPrefix("kz_") { prefix.removeFirst(3) }
        try await self.membership.revokeKey(prefix: prefix, by: requester)
        return Response(status: .noContent)
    }

    // MARK: Groups

    @Sendable func listGroups(_ request: Request, context: KizunaRequestContext) async throws -> Response {
        _ = try context.requireRequester()
        let organisations = try await self.organisationsByID()
        return .json(.array(try await self.store.groups().map { Present.group($0, organisations: organisations) }))
    }

    @Sendable func createGroup(_ request: Request, context: KizunaRequestContext) async throws -> Response {
        let requester = try context.requireRequester()
        let fields = try await RequestFields.read(request)
        try fields.allowOnly(["name", "description", "members"])
        let group = try await self.membership.createGroup(
            name: try fields.string("name"), description: try fields.optionalString("description"),
            members: try fields.strings("members"), by: requester)
        return .json(Present.group(group, organisations: try await self.organisationsByID()), status: .created)
    }

    @Sendable func setGroupMembers(_ request: Request, context: KizunaRequestContext) async throws -> Response {
        let requester = try context.requireRequester()
        let name = try context.pathParameter("name")
        let fields = try await RequestFields.read(request)
        try fields.allowOnly(["members"])
        let group = try await self.membership.setGroupMembers(group: name, members: try fields.strings("members"), by: requester)
        return .json(Present.group(group, organisations: try await self.organisationsByID()))
    }

    private func organisationsByID() async throws -> [Organisation.ID: Organisation] {
        Dictionary(uniqueKeysWithValues: try await self.store.organisations().map { ($0.id, $0) })
    }
}
