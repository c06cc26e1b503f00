import Foundation

/// A strict RFC 4180 reader, written for the tests independently of the writer: records end
/// with CRLF, a quoted field may hold separators, quotes (doubled) and line breaks; anything
/// else (a bare LF, a quote inside an unquoted field, text after a closing quote) is an error.
enum RFC4180 {
    struct Malformed: Error, CustomStringConvertible {
        let offset: Int
        let reason: String
        var description: String { "CSV malformed at scalar \(offset): \(reason)" }
    }

    /// - Parameter bareLineFeeds: also accept LF alone at the end of a record (what other
    ///   programs, LibreOffice on Linux among them, write); RFC 4180 wants CRLF.
    static func parse(_ text: String, separator: Character = ",", bareLineFeeds: Bool = false) throws -> [[String]] {
        let scalars = Array(text.unicodeScalars)
        let sep = separator.unicodeScalars.first!
        var records: [[String]] = []
        var record: [String] = []
        var field = String.UnicodeScalarView()
        var i = 0
        var quoted = false
        var fieldStarted = false
        while i < scalars.count {
            let c = scalars[i]
            if quoted {
                if c == "\"" {
                    if i + 1 < scalars.count, scalars[i + 1] == "\"" {
                        field.append("\"")
                        i += 2
                        continue
                    }
                    quoted = false
                    i += 1
                    guard i == scalars.count || scalars[i] == sep || scalars[i] == "\r" || (bareLineFeeds && scalars[i] == "\n") else {
                        throw Malformed(offset: i, reason: "text after a closing quote")
                    }
                    continue
                }
                field.append(c)
                i += 1
                continue
            }
            switch c {
            case "\"":
                guard !fieldStarted, field.isEmpty else { throw Malformed(offset: i, reason: "a quote inside an unquoted field") }
                quoted = true
                fieldStarted = true
                i += 1
            case sep:
                record.append(String(field))
                field = String.UnicodeScalarView()
                fieldStarted = false
                i += 1
            case "\r":
                guard i + 1 < scalars.count, scalars[i + 1] == "\n" else { throw Malformed(offset: i, reason: "CR without LF") }
                record.append(String(field))
                records.append(record)
                record = []
                field = String.UnicodeScalarView()
                fieldStarted = false
                i += 2
            case "\n":
                guard bareLineFeeds else { throw Malformed(offset: i, reason: "a bare LF ends a record (RFC 4180 wants CRLF)") }
                record.append(String(field))
                records.append(record)
                record = []
                field = String.UnicodeScalarView()
                fieldStarted = false
                i += 1
            default:
                field.append(c)
                fieldStarted = true
                i += 1
            }
        }
        if quoted { throw Malformed(offset: i, reason: "an unterminated quoted field") }
        if !record.isEmpty || !field.isEmpty { throw Malformed(offset: i, reason: "the last record does not end with CRLF") }
        return records
    }
}
