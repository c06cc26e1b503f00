/// How the CSV is written: RFC 4180 (CRLF line ends, fields quoted when needed), with the
/// choices French spreadsheets need.
///
/// `clausier checklist convention.pdf --format csv --bom --separator ';'` →
/// `CSVOptions(separator: ";", byteOrderMark: true)`: Excel in French opens it in columns, accents intact.
public struct CSVOptions: Sendable, Hashable {
    /// `,` (RFC 4180), `;` (French spreadsheets) or a tab.
    public var separator: Character
    /// Start with the UTF-8 byte order mark, which Excel needs to read UTF-8.
    public var byteOrderMark: Bool

    public init(separator: Character = ",", byteOrderMark: Bool = false) {
        self.separator = separator
        self.byteOrderMark = byteOrderMark
    }
}
