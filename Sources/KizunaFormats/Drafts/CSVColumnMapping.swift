import STIXPatterns

/// Which CSV columns hold which kind of observable.
public struct CSVColumnMapping: Sendable, Hashable {
    /// A column, by 1-based number or by header name.
    enum Column: Sendable, Hashable {
        /// The 1-based column number.
        case number(Int)
        /// A header name (compared case-insensitively, spaces trimmed).
        case name(String)
    }

    /// What a column holds.
    enum Content: Sendable, Hashable {
        /// Values of one kind.
        case kind(ObservableKind)
        /// Each cell's kind is detected.
        case auto
    }

    /// The mapped columns, in the order written.
    let columns: [(column: Column, content: Content)]

    /// Whether the first row is a header.
    public let hasHeader: Bool

    /// "ip=ipv4-addr,domain=domain-name,3=url": header names or 1-based column numbers to kinds
    /// (kind names: ipv4-addr ipv6-addr domain-name url email-addr md5 sha1 sha256 sha512, or `auto`:
    /// detect the kind of each cell); `hasHeader` is needed for names.
    ///
    /// - Throws: `CSVImportError` for an empty mapping, an item without `=`, an unknown kind, column 0, a header name
    ///   without a header, or a column mapped twice.
    public init(_ text: String, hasHeader: Bool) throws(CSVImportError) {
        self.hasHeader = hasHeader
        var columns: [(column: Column, content: Content)] = []
        for rawItem in text.split(separator: ",") {
            let item = rawItem.trimmedOfBlanks()
            guard !item.isEmpty else { continue }
            let parts = item.split(separator: "=", maxSplits: 1).map { $0.trimmedOfBlanks() }
            guard parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty else { throw CSVImportError(.malformedMappingItem(item)) }
            let column: Column
            if parts[0].utf8.allSatisfy({ $0 &- UInt8(ascii: "0") < 10 }) {
                guard let number = Int(parts[0]), number >= 1 else { throw CSVImportError(.invalidColumnNumber(parts[0])) }
                column = .number(number)
            } else {
                guard hasHeader else { throw CSVImportError(.headerNameWithoutHeader(parts[0])) }
                column = .name(parts[0].lowercased())
            }
            let content: Content
            if parts[1].lowercased() == "auto" {
                content = .auto
            } else if let kind = ObservableKind(observableType: parts[1]) {
                content = .kind(kind)
            } else {
                throw CSVImportError(.unknownKind(parts[1]))
            }
            guard !columns.contains(where: { $0.column == column }) else { throw CSVImportError(.duplicateColumn(parts[0])) }
            columns.append((column, content))
        }
        guard !columns.isEmpty else { throw CSVImportError(.emptyMapping) }
        self.columns = columns
    }

    /// Whether both map the same columns to the same kinds, in the same order, with the same header setting.
    public static func == (lhs: CSVColumnMapping, rhs: CSVColumnMapping) -> Bool {
        lhs.hasHeader == rhs.hasHeader && lhs.columns.map(\.column) == rhs.columns.map(\.column)
            && lhs.columns.map(\.content) == rhs.columns.map(\.content)
    }

    /// Hashes the header setting and the mapped columns.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(self.hasHeader)
        for (column, content) in self.columns {
            hasher.combine(column)
            hasher.combine(content)
        }
    }

    /// The 0-based field index and content of each mapped column, resolving names against `header`.
    ///
    /// - Throws: `CSVImportError.unknownHeader` (row 1) for a name the header does not have.
    func resolve(header: [String]?) throws(CSVImportError) -> [(field: Int, content: Content)] {
        let names = header?.map { $0.trimmedOfBlanks().lowercased() } ?? []
        return try self.columns.map { (column, content) throws(CSVImportError) in
            switch column {
            case .number(let number):
                return (number - 1, content)
            case .name(let name):
                guard let field = names.firstIndex(of: name) else {
                    throw CSVImportError(row: 1, .unknownHeader(name: name, available: header ?? []))
                }
                return (field, content)
            }
        }
    }
}

extension StringProtocol {
    /// The text without leading and trailing spaces and tabs.
    fileprivate func trimmedOfBlanks() -> String {
        var text = Substring(self)
        while let first = text.first, first == " " || first == "\t" { text.removeFirst() }
        while let last = text.last, last == " " || last == "\t" { text.removeLast() }
        return String(text)
    }
}
