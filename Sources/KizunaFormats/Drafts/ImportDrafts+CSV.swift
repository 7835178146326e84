import STIXPatterns

/// Drafts from CSV.
extension ImportDrafts {
    /// CSV (RFC 4180, optional header) with a column mapping.
    ///
    /// Cells are trimmed and refanged, then canonicalised for their column's kind; empty cells and blank lines are
    /// ignored. A cell that is not a valid value of its kind becomes a draft skipped with a reason naming its row and
    /// column; in an `auto` column a cell that is no observable at all is ignored. Values seen again add a source to
    /// their draft. Rows are numbered as in the file (the header is row 1).
    /// - Throws: `CSVImportError` for CSV syntax errors (an unterminated quote, a stray quote), a header name the
    ///   header row does not have, or a row without a mapped column; nothing is drafted then.
    public static func fromCSV(
        _ data: [UInt8], mapping: CSVColumnMapping, warningLists: WarningListSet, force: Bool
    ) throws(CSVImportError) -> [ImportDraft] {
        let records = try CSVRecords.parse(data)
        guard !records.isEmpty else {
            if mapping.hasHeader { throw CSVImportError(.noRows) }
            return []
        }
        let columns = try mapping.resolve(header: mapping.hasHeader ? records[0] : nil)
        var collector = DraftCollector(warningLists: warningLists, force: force)
        for (offset, record) in records.enumerated() where !(mapping.hasHeader && offset == 0) {
            let row = offset + 1
            if record.count == 1, Self.trimmedCell(record[0]).isEmpty { continue }
            for (field, content) in columns {
                guard field < record.count else {
                    throw CSVImportError(row: row, column: field + 1, .missingColumn(fieldsInRow: record.count))
                }
                let cell = Self.trimmedCell(record[field])
                guard !cell.isEmpty else { continue }
                let source = DraftSource.csv(row: row, column: field + 1)
                let refanged = ObservableNormalizer.refang(cell)
                switch content {
                case .kind(let kind):
                    if let value = ObservableNormalizer.canonical(refanged, as: kind) {
                        collector.add(kind, value, at: source)
                    } else {
                        let error = CSVImportError(row: row, column: field + 1, .invalidCell(value: cell, kind: kind.observableType))
                        collector.addInvalid(kind, cell, at: source, reason: error.description)
                    }
                case .auto:
                    if let (kind, value) = CellKindDetector.detect(refanged) { collector.add(kind, value, at: source) }
                }
            }
        }
        return collector.drafts
    }

    /// `cell` without leading and trailing spaces, tabs and line breaks.
    private static func trimmedCell(_ cell: String) -> String {
        var text = Substring(cell)
        while let first = text.first, first.isWhitespace { text.removeFirst() }
        while let last = text.last, last.isWhitespace { text.removeLast() }
        return String(text)
    }
}
