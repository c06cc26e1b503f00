/// Decides what each cleaned line is: a heading, a list item, a table row, plain text.
///
/// `ARTICLE 3 : DURÉE` → heading; `2.1.3 Conditions d'affectation` → list item (an enumerated
/// line; the parser decides whether it heads a section); `9 ETP    488 061 €    1 464 183 €`
/// → table row; `la Métropole, située 58 Boulevard` → text.
struct LineClassifier {
    /// Lowercased words that open a structural heading (`article`, `titre`, `axe`…).
    let structureKeywords: Set<String>

    func classify(_ line: SourceLine, markdownHeading: Bool, wideGaps: Int) -> SourceLine.Kind {
        let s = line.scalars
        if s.isEmpty { return .blank }
        if markdownHeading { return .heading }
        if s.count >= 2 && s[0] == "-" && s[1] == " " { return .listItem }
        if wideGaps >= 2 { return .tableRow }
        if startsWithStructureKeyword(s) { return .heading }
        if Self.enumeratorLength(s) != nil { return .listItem }
        if isInCapitals(s) { return .heading }
        return .text
    }

    /// `Article 3`, `ARTICLE 1er`, `Art. 5`, `Titre II`, `Axe 1 :`, `Annexe 3 bis`, `Préambule`.
    func startsWithStructureKeyword(_ s: [Unicode.Scalar]) -> Bool {
        var word = ""
        var i = 0
        while i < s.count, s[i].isLetter || (s[i] == "." && !word.isEmpty) {
            word.unicodeScalars.append(s[i])
            i += 1
            if s[i - 1] == "." { break }
        }
        let key = word.lowercased()
        guard structureKeywords.contains(key) || structureKeywords.contains(key.trimmingSuffix(".")) else { return false }
        if key.hasPrefix("préambule") || key.hasPrefix("preambule") {
            // "Préambule" alone or followed by ":"; not "préambule de la convention précise…".
            return s.count - i <= 2
        }
        while i < s.count, s[i] == " " { i += 1 }
        guard i < s.count else { return false }
        // A number, a roman numeral, or "premier"/"unique" must follow.
        if s[i].isDigit { return true }
        var next = ""
        var j = i
        while j < s.count, s[j].isLetter { next.unicodeScalars.append(s[j]); j += 1 }
        if ["premier", "première", "unique", "1er"].contains(next.lowercased()) { return true }
        if !next.isEmpty, next.count <= 6, next.unicodeScalars.allSatisfy({ "IVXLC".unicodeScalars.contains($0) }) {
            return j == s.count || !s[j].isLetter
        }
        return false
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
