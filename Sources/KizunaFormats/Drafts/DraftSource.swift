/// Where a draft's value was seen in the imported input.
public enum DraftSource: Sendable, Hashable, CustomStringConvertible {
    /// In free text: 1-based line and byte column (in the text as given, before refanging).
    case text(line: Int, column: Int)
    /// In a CSV file: 1-based row (record, the header included) and column (field).
    case csv(row: Int, column: Int)

    /// `line 3, column 14` or `row 4, column 2`.
    public var description: String {
        switch self {
        case .text(let line, let column): "line \(line), column \(column)"
        case .csv(let row, let column): "row \(row), column \(column)"
        }
    }
}
