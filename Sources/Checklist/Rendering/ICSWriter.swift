import Foundation

/// iCalendar content lines (RFC 5545): TEXT values escaped, lines folded at 75 octets
/// without splitting a UTF-8 sequence, CRLF line ends.
///
/// `SUMMARY:Bilan; compte rendu` → `SUMMARY:Bilan\; compte rendu\r\n`.
struct ICSWriter {
    private(set) var lines: [String] = []

    /// A property whose value is already in iCalendar form (`DTSTART;VALUE=DATE:20260331`).
    mutating func raw(_ name: String, _ value: String) {
        lines.append(Self.fold("\(name):\(value)"))
    }

    /// A TEXT property, escaped.
    mutating func text(_ name: String, _ value: String) {
        raw(name, Self.escape(value))
    }

    var output: String {
        lines.joined(separator: "\r\n") + "\r\n"
    }

    /// Backslash, semicolon and comma escaped; a line break (LF, CR or CRLF) as `\n`; other
    /// control characters, which TEXT does not allow, as spaces.
    static func escape(_ value: String) -> String {
        var out = ""
        var afterCR = false
        for scalar in value.unicodeScalars {
            defer { afterCR = scalar == "\r" }
            switch scalar {
            case "\\": out += "\\\\"
            case ";": out += "\\;"
            case ",": out += "\\,"
            case "\r": out += "\\n"
            case "\n": if !afterCR { out += "\\n" }
            default:
                if (scalar.value < 0x20 && scalar != "\t") || scalar.value == 0x7F { out += " " } else { out.unicodeScalars.append(scalar) }
            }
        }
        return out
    }

    /// Splits `line` into lines of at most 75 octets, each continuation starting with a space.
    static func fold(_ line: String) -> String {
        var folded: [String] = []
        var current = ""
        var octets = 0
        for scalar in line.unicodeScalars {
            let size = String(scalar).utf8.count
            let limit = folded.isEmpty ? 75 : 74   // continuation lines start with a space
            if octets + size > limit {
                folded.append(current)
                current = ""
                octets = 0
            }
            current.unicodeScalars.append(scalar)
            octets += size
        }
        folded.append(current)
        return folded.enumerated().map { $0.offset == 0 ? $0.element : " " + $0.element }.joined(separator: "\r\n")
    }

    /// `20260331T120000Z`.
    static func utcStamp(_ date: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let c = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
        return String(format: "%04d%02d%02dT%02d%02d%02dZ", c.year!, c.month!, c.day!, c.hour!, c.minute!, c.second!)
    }
}
