import Foundation
import GRDB
import KizunaCore
import STIX

extension ObjectQuery {
    /// The query's filters and the visibility predicate as one `WHERE` clause.
    func whereClause(scope: ReadScope) -> (sql: String, arguments: StatementArguments) {
        let visibility = scope.sqlPredicate
        var conditions = [visibility.sql]
        var arguments = visibility.arguments
        func add(_ sql: String, _ values: StatementArguments) {
            conditions.append(sql)
            arguments += values
        }
        if !self.allVersions { add("latest = 1", []) }
        if !self.includeRevoked { add("revoked = 0", []) }
        if !self.types.isEmpty { add("type IN (\(ReadScope.marks(self.types.count)))", StatementArguments(self.types)) }
        if !self.ids.isEmpty { add("id IN (\(ReadScope.marks(self.ids.count)))", StatementArguments(self.ids)) }
        if !self.tlps.isEmpty {
            add("tlp IN (\(ReadScope.marks(self.tlps.count)))", StatementArguments(self.tlps.map(\.rawValue)))
        }
        if let ownerID = self.ownerID { add("owner_id = ?", [ownerID]) }
        if let createdByRef = self.createdByRef { add("created_by_ref = ?", [createdByRef]) }
        if let label = self.label {
            add("EXISTS (SELECT 1 FROM json_each(object.labels) WHERE json_each.value = ?)", [label])
        }
        if let addedAfter = self.addedAfter { add("date_added > ?", [SQLiteStore.microseconds(addedAfter)]) }
        if let modifiedAfter = self.modifiedAfter {
            add("modified IS NOT NULL AND version > ?", [modifiedAfter.nanosecondsSinceEpoch])
        }
        if let text = self.text, !text.isEmpty {
            let escaped = text.replacingOccurrences(of: "\\", with: "\\\\")
                .replacingOccurrences(of: "%", with: "\\%").replacingOccurrences(of: "_", with: "\\_")
            add("search LIKE ? ESCAPE '\\'", ["%\(escaped)%"])
        }
        if let afterSequence = self.afterSequence { add("seq > ?", [afterSequence]) }
        return (conditions.joined(separator: " AND "), arguments)
    }
}
