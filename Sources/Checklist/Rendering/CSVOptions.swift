/// How the CSV is written: RFC 4180 (CRLF line ends, fields quoted when needed), with the
/// choices French spreadsheets need, and one row per obligation or per due date.
///
/// `clausier checklist convention.pdf --format csv --bom --separator ';' --rows due-dates` →
/// `CSVOptions(separator: ";", byteOrderMark: true, rows: .dueDates)`: Excel in French opens it
/// in columns, accents intact, one row per date to sort or filter on.
public struct CSVOptions: Sendable, Hashable {
    /// What a row of the table is.
    public enum Rows: String, Sendable, Hashable, CaseIterable {
        /// One row per obligation, all its due dates in one cell.
        case obligations
        /// One row per due date of each obligation (an obligation without one keeps one row).
        case dueDates = "due-dates"
    }

    /// `,` (RFC 4180), `;` (French spreadsheets) or a tab.
    public var separator: Character
    /// Start with the UTF-8 byte order mark, which Excel needs to read UTF-8.
    public var byteOrderMark: Bool
    public var rows: Rows

    public init(separator: Character = ",", byteOrderMark: Bool = false, rows: Rows = .obligations) {
        self.separator = separator
        self.byteOrderMark = byteOrderMark
        self.rows = rows
    }
}
