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
        if let versions = self.versions.sqlCondition { add(versions.sql, versions.arguments) }
        if !self.audienceKinds.isEmpty {
            add(
                "audience_kind IN (\(ReadScope.marks(self.audienceKinds.count)))",
                StatementArguments(self.audienceKinds.map(\.rawValue)))
        }
        if let groupID = self.audienceGroupID { add("audience_group = ?", [groupID]) }
        if !self.specVersions.isEmpty, !self.specVersions.contains("2.1") { add("0", []) }
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

extension VersionMatch {
    /// The condition selecting these versions, or nil for every version.
    var sqlCondition: (sql: String, arguments: StatementArguments)? {
        if self.all { return nil }
        var clauses: [String] = []
        var arguments: StatementArguments = []
        if self.last || (!self.first && self.timestamps.isEmpty) { clauses.append("latest = 1") }
        if self.first {
            clauses.append(
                "version = (SELECT MIN(earlier.version) FROM object AS earlier "
                    + "WHERE earlier.id = object.id AND earlier.owner_id = object.owner_id)")
        }
        if !self.timestamps.isEmpty {
            clauses.append("(modified IS NOT NULL AND version IN (\(ReadScope.marks(self.timestamps.count))))")
            arguments += StatementArguments(self.timestamps.map(\.nanosecondsSinceEpoch))
        }
        return ("(" + clauses.joined(separator: " OR ") + ")", arguments)
    }
}
