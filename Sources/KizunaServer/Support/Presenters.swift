public import Foundation
public import KizunaCore
public import STIX

/// JSON views of the platform's records for API responses.
public enum Present {
    public static func date(_ date: Date?) -> JSONValue {
        date.map { .string(Timestamp(date: $0).text) } ?? .null
    }

    public static func organisation(_ organisation: Organisation) -> JSONValue {
        .object(
            JSONObject([
                ("id", .number(JSONNumber(Int(organisation.id)))), ("name", .string(organisation.name)),
                ("sector", .string(organisation.sector.rawValue)),
                ("subsector", organisation.subsector.map(JSONValue.string) ?? .null),
                ("country", .string(organisation.country)), ("identity_id", .string(organisation.identityID)),
                ("created_at", self.date(organisation.createdAt)),
            ]))
    }

    public static func user(_ user: User) -> JSONValue {
        .object(
            JSONObject([
                ("id", .number(JSONNumber(Int(user.id)))), ("name", .string(user.name)),
                ("email", user.email.map(JSONValue.string) ?? .null), ("role", .string(user.role.rawValue)),
                ("organisation_id", .number(JSONNumber(Int(user.organisationID)))),
                ("created_at", self.date(user.createdAt)),
            ]))
    }

    public static func key(_ key: APIKey) -> JSONValue {
        .object(
            JSONObject([
                ("prefix", .string("kz_\(key.prefix)")), ("user_id", .number(JSONNumber(Int(key.userID)))),
                ("label", key.label.map(JSONValue.string) ?? .null), ("created_at", self.date(key.createdAt)),
                ("expires_at", self.date(key.expiresAt)), ("revoked_at", self.date(key.revokedAt)),
                ("usable", .bool(key.isUsable(at: Date()))),
            ]))
    }

    public static func group(_ group: SharingGroup, organisations: [Organisation.ID: Organisation]) -> JSONValue {
        .object(
            JSONObject([
                ("id", .number(JSONNumber(Int(group.id)))), ("name", .string(group.name)),
                ("description", group.description.map(JSONValue.string) ?? .null),
                ("members", .array(group.members.map { .string(organisations[$0]?.name ?? "\($0)") })),
                ("created_at", self.date(group.createdAt)),
            ]))
    }

    public static func outcome(_ outcome: IngestOutcome) -> JSONValue {
        var object = JSONObject([
            ("index", .number(JSONNumber(outcome.index))), ("id", outcome.id.map(JSONValue.string) ?? .null),
            ("status", .string(outcome.status.rawValue)),
        ])
        if !outcome.issues.isEmpty {
            object["errors"] = .array(
                outcome.issues.map { .object(JSONObject([("path", .string($0.path)), ("reason", .string($0.reason))])) })
        }
        return .object(object)
    }
}
