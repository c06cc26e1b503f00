import Foundation

/// The text of a word-processing document as its reader walks it: one line per paragraph (a
/// numbered paragraph starts with its number as displayed), one line per table cell, page
/// breaks where the file states them, and footnotes kept apart, after the body.
///
/// The pages it gives are plain text, read by the same normaliser as a `.txt` file, so that
/// every character of the graph keeps its page and its offset.
///
/// ```swift
/// var text = OfficeText()
/// text.line("Article 1 – Objet")
/// let call = text.note("Les jardins du quartier des Tilleuls.")   // "[1]"
/// text.line("La Commune soutient les jardins partagés\(call).")
/// text.pages   // ["Article 1 – Objet\nLa Commune soutient les jardins partagés[1].\n\nNotes\n[1] Les jardins du quartier des Tilleuls."]
/// ```
struct OfficeText {
    private var lines: [[String]] = [[]]
    private var notes: [String] = []
    /// The paragraphs of the table cells and notes being read, innermost last.
    private var groups: [[String]] = []

    /// Appends a paragraph (a manual line break inside it is a `\n`).
    mutating func line(_ text: String) {
        if groups.isEmpty {
            lines[lines.count - 1].append(text)
        } else {
            groups[groups.count - 1].append(text)
        }
    }

    /// Starts a new page, unless the current page is still empty (a break before the first
    /// paragraph does not make an empty first page) or a cell or a note is being read.
    mutating func pageBreak() {
        guard groups.isEmpty, !(lines.last?.isEmpty ?? true) else { return }
        lines.append([])
    }

    /// Starts collecting the paragraphs of a table cell or a note apart from the body.
    mutating func beginGroup() {
        groups.append([])
    }

    /// The paragraphs collected since the matching ``beginGroup()``, on one line.
    mutating func endGroup() -> String {
        let paragraphs = groups.popLast() ?? []
        return paragraphs.flatMap { $0.split(whereSeparator: \.isNewline) }
            .map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty }
            .joined(separator: " ")
    }

    /// Records a footnote or endnote and returns the call to write where the note is attached:
    /// its number in brackets, counted from 1 in the order the notes are met.
    mutating func note(_ text: String) -> String {
        notes.append(text)
        return "[\(notes.count)]"
    }

    /// The text of each page; the notes follow the body on the last page, under a `Notes` line.
    var pages: [String] {
        var pages = lines.map { $0.joined(separator: "\n") }
        if !notes.isEmpty {
            let block = ["", "Notes"] + notes.enumerated().map { "[\($0.offset + 1)] \($0.element)" }
            pages[pages.count - 1] += (pages[pages.count - 1].isEmpty ? "" : "\n") + block.joined(separator: "\n")
        }
        return pages
    }
}

/// How a list level writes its numbers.
enum NumberFormat: Sendable, Equatable {
    case decimal, decimalZero, lowerLetter, upperLetter, lowerRoman, upperRoman, bullet, none

    /// `n` written in this format (`3` → `c`, `iii`, `03`); `""` for a bullet or no number.
    func format(_ n: Int) -> String {
        switch self {
        case .decimal: return String(n)
        case .decimalZero: return n < 10 && n >= 0 ? "0\(n)" : String(n)
        case .lowerLetter: return Self.letters(n)
        case .upperLetter: return Self.letters(n).uppercased()
        case .lowerRoman: return Self.roman(n).lowercased()
        case .upperRoman: return Self.roman(n)
        case .bullet, .none: return ""
        }
    }

    /// `a`…`z`, then `aa`…`zz` as word processors write them.
    private static func letters(_ n: Int) -> String {
        guard n > 0 else { return String(n) }
        let letter = Character(Unicode.Scalar(UInt8(ascii: "a") + UInt8((n - 1) % 26)))
        return String(repeating: letter, count: (n - 1) / 26 + 1)
    }

    private static func roman(_ n: Int) -> String {
        guard n > 0 && n < 4000 else { return String(n) }
        let values: [(Int, String)] = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
                                       (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
        var n = n, out = ""
        for (value, digits) in values {
            while n >= value { out += digits; n -= value }
        }
        return out
    }
}

/// The counters of one list: the current number at each level, a level restarting when a
/// higher one moves on.
struct ListCounters {
    private var numbers: [Int] = []

    /// Moves level `level` (0-based) to its next number — `start` on its first use or after a
    /// higher level moved — and returns the numbers of levels 0…`level`; a level never used
    /// above reads as its start.
    mutating func advance(level: Int, start: (Int) -> Int, restartAt: Int? = nil) -> [Int] {
        while numbers.count < level { numbers.append(start(numbers.count)) }
        if numbers.count == level {
            numbers.append(restartAt ?? start(level))
        } else {
            numbers[level] = restartAt ?? numbers[level] + 1
            numbers.removeSubrange((level + 1)...)
        }
        return numbers
    }
}
