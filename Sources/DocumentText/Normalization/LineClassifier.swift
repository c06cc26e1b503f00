/// Decides what each cleaned line is: a heading, a list item, a table row, plain text.
///
/// `ARTICLE 3 : DURÉE` → heading; `2.1.3 Conditions d'affectation` → list item (an enumerated
/// line; the parser decides whether it heads a section); `9 ETP    488 061 €    1 464 183 €`
/// and `Le Maire,    La Présidente,` → table row (cells apart by three spaces or more);
/// `la Métropole, située 58 Boulevard` → text; `article 5 du code` → text (a heading keyword is
/// capitalised).
struct LineClassifier {
    /// Lowercased words that open a structural heading (`article`, `titre`, `axe`…).
    let structureKeywords: Set<String>

    func classify(_ line: SourceLine, markdownHeading: Bool, wideGaps: Int) -> SourceLine.Kind {
        let s = line.scalars
        if s.isEmpty { return .blank }
        if markdownHeading { return .heading }
        if s.count >= 2 && s[0] == "-" && s[1] == " " { return .listItem }
        if structureHeading(s) != nil { return .heading }
        // Cells set apart by wide gaps: a table row, or a row of a signature block.
        if wideGaps >= 1 { return .tableRow }
        if Self.enumeratorLength(s) != nil { return .listItem }
        if isInCapitals(s) { return .heading }
        return .text
    }

    /// `Article 3`, `ARTICLE 1er`, `Art. 5`, `Titre II`, `Axe 1 :`, `Annexe 3 bis`, `Préambule`:
    /// nil when the line does not open with a capitalised keyword and its number, else whether
    /// the keyword and number stand alone (`ARTICLE 6`, `Article 1 :` — the title, if any, is on
    /// the next line). `article 5 du code` (lowercase, inside a sentence) is not a heading.
    func structureHeading(_ s: [Unicode.Scalar]) -> StructureHeading? {
        guard let first = s.first, first.isUppercaseLetter else { return nil }
        var word = ""
        var i = 0
        while i < s.count, s[i].isLetter || (s[i] == "." && !word.isEmpty) {
            word.unicodeScalars.append(s[i])
            i += 1
            if s[i - 1] == "." { break }
        }
        let key = word.lowercased()
        guard structureKeywords.contains(key) || structureKeywords.contains(key.trimmingSuffix(".")) else { return nil }
        if key.hasPrefix("préambule") || key.hasPrefix("preambule") {
            // "Préambule" alone or followed by ":"; not "préambule de la convention précise…".
            return s.count - i <= 2 ? .titled : nil
        }
        while i < s.count, s[i] == " " { i += 1 }
        guard i < s.count else { return nil }
        // A number, a roman numeral, or "premier"/"unique" must follow.
        var end: Int
        if s[i].isDigit {
            end = i
            while end < s.count, s[end].isDigit || s[end] == "." && end + 1 < s.count && s[end + 1].isDigit { end += 1 }
            // "1er", "2ème", "3 bis".
            while end < s.count, s[end].isLetter, s[end].isLowercaseLetter { end += 1 }
        } else {
            var next = ""
            var j = i
            while j < s.count, s[j].isLetter { next.unicodeScalars.append(s[j]); j += 1 }
            if ["premier", "première", "unique"].contains(next.lowercased()) {
                end = j
            } else if !next.isEmpty, next.count <= 6, next.unicodeScalars.allSatisfy({ "IVXLC".unicodeScalars.contains($0) }),
                      j == s.count || !s[j].isLetter {
                end = j
            } else {
                return nil
            }
        }
        // Bare: nothing after the number but separators ("ARTICLE 1 :", "Article 2 –").
        let rest = s[end...].filter { !($0 == " " || $0 == ":" || $0 == "-" || $0 == "–" || $0 == "—" || $0 == ".") }
        var bare = rest.isEmpty
        if !bare, let b = s[end...].firstIndex(where: { $0 != " " }), s[b...].starts(with: "bis".unicodeScalars) {
            bare = s[(b + 3)...].allSatisfy { $0 == " " || $0 == ":" || $0 == "-" || $0 == "–" || $0 == "." }
        }
        return bare ? .bare : .titled
    }

    /// The shape of a heading that opens with a structure keyword.
    enum StructureHeading {
        /// The keyword and its number alone: `ARTICLE 6`, `Article 1er :`.
        case bare
        /// With a title, or a word that needs no number (`Préambule`).
        case titled
    }

    /// Length of a leading enumerator followed by a space: `1.`, `1)`, `a)`, `a.`, `I.`, `1°`,
    /// `2.1.3`, `(a)`; nil when the line does not start with one.
    static func enumeratorLength(_ s: [Unicode.Scalar]) -> Int? {
        var i = 0
        if i < s.count, s[i] == "(" { i += 1 }
        let start = i
        if i < s.count, s[i].isDigit {
            while i < s.count, s[i].isDigit { i += 1 }
            guard i - start <= 2 else { return nil }
            var levels = 0
            while i + 1 < s.count, s[i] == ".", s[i + 1].isDigit {
                i += 1
                while i < s.count, s[i].isDigit { i += 1 }
                levels += 1
            }
            if i < s.count, [".", ")", "°"].contains(s[i]) {
                i += 1
            } else if levels == 0 {
                return nil
            } else if i + 1 < s.count, s[i] == " ", s[i + 1].isLowercaseLetter {
                // "2.2 et 2.3 de la présente convention": a number inside a sentence.
                return nil
            }
            if i < s.count, s[i] == "-" { i += 1 }
        } else if i < s.count, s[i].isLetter, s[i].isASCII {
            var j = i
            while j < s.count, "IVXLC".unicodeScalars.contains(s[j]) { j += 1 }
            if j > i && j - i <= 5 {
                i = j
            } else if s[i].isLowercaseLetter || s[i].isUppercaseLetter {
                i += 1
            }
            guard i < s.count, s[i] == "." || s[i] == ")" else { return nil }
            i += 1
        } else {
            return nil
        }
        guard i < s.count, s[i] == " " else { return nil }
        return i + 1
    }

    /// A heading in capitals: at least two words and four letters, no lowercase letter.
    func isInCapitals(_ s: [Unicode.Scalar]) -> Bool {
        var letters = 0, words = 1
        for c in s {
            if c.isLowercaseLetter { return false }
            if c.isLetter { letters += 1 }
            if c == " " { words += 1 }
        }
        return letters >= 4 && words >= 2 && letters * 2 >= s.count
    }
}

extension String {
    func trimmingSuffix(_ suffix: String) -> String {
        hasSuffix(suffix) ? String(dropLast(suffix.count)) : self
    }
}
