/// RFC 4180 records: fields separated by `,`, records by CRLF or LF, fields optionally in `"…"` with `""` for a quote
/// and line breaks allowed inside. A UTF-8 byte-order mark at the start is dropped; a final line break ends the last
/// record rather than starting an empty one.
enum CSVRecords {
    /// The records of `data`, each field decoded as UTF-8 (invalid bytes replaced).
    ///
    /// - Throws: `CSVImportError` with the row and column of an unterminated quoted field, a quote inside an unquoted
    ///   field, or text after a closing quote.
    static func parse(_ data: [UInt8]) throws(CSVImportError) -> [[String]] {
        var records: [[String]] = []
        var fields: [String] = []
        var field: [UInt8] = []
        var index = data.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        let comma = UInt8(ascii: ","), quote = UInt8(ascii: "\""), newline = UInt8(ascii: "\n"), carriageReturn = UInt8(ascii: "\r")
        func endRecord() {
            fields.append(String(decoding: field, as: UTF8.self))
            field.removeAll(keepingCapacity: true)
            records.append(fields)
            fields.removeAll(keepingCapacity: true)
        }
        while index < data.count {
            let byte = data[index]
            if byte == quote && field.isEmpty {
                let (end, content) = try Self.quotedField(data, from: index, row: records.count + 1, column: fields.count + 1)
                field = content
                index = end
                guard index == data.count || data[index] == comma || data[index] == newline || data[index] == carriageReturn else {
                    throw CSVImportError(row: records.count + 1, column: fields.count + 1, .textAfterClosingQuote)
                }
                if index == data.count { break }
                continue
            }
            switch byte {
            case comma:
                fields.append(String(decoding: field, as: UTF8.self))
                field.removeAll(keepingCapacity: true)
            case newline:
                endRecord()
            case carriageReturn:
                if index + 1 < data.count, data[index + 1] == newline { index += 1 }
                endRecord()
            case quote:
                throw CSVImportError(row: records.count + 1, column: fields.count + 1, .quoteInUnquotedField)
            default:
                field.append(byte)
            }
            index += 1
        }
        if !field.isEmpty || !fields.isEmpty || (index > 0 && data.last == quote) { endRecord() }
        return records
    }

    /// The content of the quoted field opening at `start`, and the index after its closing quote.
    private static func quotedField(_ data: [UInt8], from start: Int, row: Int, column: Int) throws(CSVImportError) -> (Int, [UInt8]) {
        var content: [UInt8] = []
        var index = start + 1
        while index < data.count {
            if data[index] == UInt8(ascii: "\"") {
                if index + 1 < data.count, data[index + 1] == UInt8(ascii: "\"") {
                    content.append(UInt8(ascii: "\""))
                    index += 2
                    continue
                }
                return (index + 1, content)
            }
            content.append(data[index])
            index += 1
        }
        throw CSVImportError(row: row, column: column, .unterminatedQuote)
    }
}
