import ArgumentParser
import KizunaCore

/// The local operator acting for an organisation from the command line.
enum Operator {
    /// A requester standing for `organisation`, for imports and exports run on the server's machine.
    static func requester(for organisationName: String, store: any Store) async throws -> Requester {
        guard let organisation = try await store.organisation(named: organisationName) else {
            let known = try await store.organisations().map(\.name).joined(separator: ", ")
            throw ValidationError("no organisation named '\(organisationName)'; known: \(known)")
        }
        let groups = try await store.groupIDs(of: organisation.id)
        return Requester(
            userID: 0, userName: "cli", role: .analyst, organisationID: organisation.id, groupIDs: groups, keyPrefix: "cli")
    }
}
