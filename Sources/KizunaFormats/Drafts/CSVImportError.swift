/// Why a CSV import or its column mapping was refused, and where (1-based row and column when they apply).
public struct CSVImportError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What was wrong.
    public enum Reason: Sendable, Hashable {
        /// The mapping text names no column.
        case emptyMapping
        /// A mapping item is not `column=kind`.
        case malformedMappingItem(String)
        /// A mapping item names a kind that does not exist.
        case unknownKind(String)
        /// A column number is 0 or not a number.
        case invalidColumnNumber(String)
        /// A column is named by header but the CSV has no header row.
        case headerNameWithoutHeader(String)
        /// The same column is mapped twice.
        case duplicateColumn(String)
        /// The header row has no column of this name.
        case unknownHeader(name: String, available: [String])
        /// The CSV has no rows at all (not even a header).
        case noRows
        /// A quoted field is never closed.
        case unterminatedQuote
        /// A `"` inside a field that did not start with one.
        case quoteInUnquotedField
        /// Something other than a comma or line break right after a closing quote.
        case textAfterClosingQuote
        /// The row has fewer fields than a mapped column needs.
        case missingColumn(fieldsInRow: Int)
        /// A cell is not a valid value of its column's kind (reported in a skipped draft, not thrown).
        case invalidCell(value: String, kind: String)
    }

    /// The 1-based row (CSV record, the header included), when the problem is in the data.
    public let row: Int?
    /// The 1-based column (field), when the problem is in one.
    public let column: Int?
    /// What was wrong.
    public let reason: Reason

    /// An error at `row` and `column`.
    public init(row: Int? = nil, column: Int? = nil, _ reason: Reason) {
        self.row = row
        self.column = column
        self.reason = reason
    }

    /// `row 4, column 2: …` with a sentence saying what was wrong and what to do.
    public var description: String {
        var place: [String] = []
        if let row = self.row { place.append("row \(row)") }
        if let column = self.column { place.append("column \(column)") }
        let prefix = place.isEmpty ? "" : place.joined(separator: ", ") + ": "
        return prefix + self.sentence
    }

    private var sentence: String {
        switch self.reason {
        case .emptyMapping:
            "the column mapping is empty; write it as 'column=kind,…', e.g. 'ip=ipv4-addr,3=url'"
        case .malformedMappingItem(let item):
            "'\(item)' in the column mapping is not 'column=kind' (e.g. 'ip=ipv4-addr' or '3=url')"
        case .unknownKind(let kind):
            "'\(kind)' is not a kind; use one of ipv4-addr, ipv6-addr, domain-name, url, email-addr, md5, sha1, sha256, sha512, auto"
        case .invalidColumnNumber(let text):
            "'\(text)' is not a column number (columns count from 1)"
        case .headerNameWithoutHeader(let name):
            "column '\(name)' is a header name but the CSV has no header row; use its column number instead"
        case .duplicateColumn(let column):
            "column '\(column)' is mapped more than once"
        case .unknownHeader(let name, let available):
            "the header has no column '\(name)' (it has: \(available.map { "'\($0)'" }.joined(separator: ", ")))"
        case .noRows:
            "the CSV is empty"
        case .unterminatedQuote:
            "the quoted field starting here is never closed (a missing '\"')"
        case .quoteInUnquotedField:
            "a '\"' inside a field that is not quoted; quote the whole field and double the '\"'"
        case .textAfterClosingQuote:
            "text after the closing '\"' of a quoted field; a quote inside a quoted field is written '\"\"'"
        case .missingColumn(let fields):
            "the row has only \(fields) field\(fields == 1 ? "" : "s"), so this mapped column is missing"
        case .invalidCell(let value, let kind):
            "'\(value)' is not a valid \(kind)"
        }
    }
}
