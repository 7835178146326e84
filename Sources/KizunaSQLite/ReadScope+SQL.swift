import GRDB
import KizunaCore
import STIX

extension ReadScope {
    /// The visibility rule as a SQL condition over the `object` table, with its arguments.
    var sqlPredicate: (sql: String, arguments: StatementArguments) {
        var clauses = ["owner_id = ?"]
        var arguments: StatementArguments = [self.ownerID]
        for grant in self.grants {
            let tlps = grant.tlps.map(\.rawValue).sorted()
            var clause = "(audience_kind = ? AND tlp IN (\(Self.marks(tlps.count)))"
            arguments += [grant.audience.rawValue]
            arguments += StatementArguments(tlps)
            if let groupIDs = grant.groupIDs {
                clause += " AND audience_group IN (\(Self.marks(groupIDs.count)))"
                arguments += StatementArguments(groupIDs)
            }
            clauses.append(clause + ")")
        }
        return ("(" + clauses.joined(separator: " OR ") + ")", arguments)
    }

    static func marks(_ count: Int) -> String {
        Array(repeating: "?", count: count).joined(separator: ", ")
    }
}
