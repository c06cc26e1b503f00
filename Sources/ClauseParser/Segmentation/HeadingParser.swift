import FrenchExpressions
import ConventionModel

/// Reads one line as a structural heading, if it is one.
///
/// `ARTICLE 1er : OBJET` → `(kind: .article, number: "1", title: "OBJET")`;
/// `Article 2.1.3 : Conditions d'affectation des CEF` → `(.article, "2.1.3", "Conditions d'affectation des CEF")`;
/// `Axe 2 : Accompagnement global` → `(.axis, "2", "Accompagnement global")`;
/// `PREAMBULE` → `(.preamble, nil, nil)`; `1) Partager l'information` → `(.section, "1", "Partager l'information")`.
struct HeadingParser: Sendable {
    /// Folded keyword → kind (`article` → `.article`, `art.` → `.article`).
    let keywords: [String: Article.Kind]
    /// The first word of every keyword, to pass over the lines that cannot be headings at once.
    private let firstWords: WordSet

    init(keywords: [String: Article.Kind]) {
        self.keywords = keywords
        firstWords = WordSet(keywords.keys.compactMap { Tokenizer.phrase($0).first })
    }

    /// Whether a line starting with `token` may be a keyword heading (`Article`, `TITRE`, `Art.`).
    func mayOpenHeading(_ token: Token?) -> Bool {
        token.map { firstWords.contains($0.word) } ?? false
    }

    struct Heading: Equatable {
        var kind: Article.Kind
        var number: String?
        var title: String?
    }

    /// Headings longer than this are sentences that happen to start with a keyword.
    static let maximumLength = 260

    /// The heading a line (its scalars) makes, if it starts with a structure keyword.
    func keywordHeading(_ scalars: [Unicode.Scalar]) -> Heading? {
        // A heading starts with a capital: "annexe 3 bis." inside a sentence is a cross-reference.
        guard let first = scalars.first, first.properties.isUppercase, scalars.count <= Self.maximumLength else { return nil }
        var i = 0
        while i < scalars.count, Self.isLetter(scalars[i]) { i += 1 }
        var word = Folding.fold(String(scalars: scalars[0..<i]))
        if i < scalars.count, scalars[i] == ".", keywords[word + "."] != nil {
            word += "."; i += 1
        }
        guard let kind = keywords[word] else { return nil }
        let rest = scalars[i...]
        if kind == .preamble {
            let tail = Self.trimmed(rest, Self.separators)
            return tail.isEmpty ? Heading(kind: .preamble, number: nil, title: String(scalars: Self.trimmed(scalars[...], Self.trailing))) : nil
        }
        guard let (number, afterNumber) = Self.number(in: rest) else { return nil }
        // "Article L.5312-1 du code du travail" cites a code; only annexes are lettered.
        if kind != .annex, let first = number.unicodeScalars.first, !("0"..."9").contains(first),
           number.count == 1, number != "I", number != "V", number != "X" { return nil }
        if kind != .annex, afterNumber.first == ".", afterNumber.dropFirst().first.map({ ("0"..."9").contains($0) }) == true { return nil }
        let title = Self.trimmed(afterNumber.drop { Self.separators.contains($0) }, Self.trailing)
        // A sentence that starts with a keyword ("Article 3 de la loi …;") is not a heading.
        if let last = title.last, last == ";" || last == "," { return nil }
        return Heading(kind: kind, number: number, title: title.isEmpty ? nil : String(scalars: title))
    }

    /// A numbered section heading: a short title after an enumerator, with no final punctuation.
    func sectionHeading(_ scalars: [Unicode.Scalar]) -> Heading? {
        guard let enumerator = Enumerator.parse(scalars), !enumerator.label.hasPrefix("0") else { return nil }
        let body = Self.trimmed(scalars.dropFirst(enumerator.length).drop { Self.separators.contains($0) }, Self.trailing)
        guard let first = body.first, first.properties.isUppercase, body.count <= 110,
              let last = body.last, !".;:,".unicodeScalars.contains(last) else { return nil }
        return Heading(kind: .section, number: enumerator.label, title: String(scalars: body))
    }

    static let separators: Set<Unicode.Scalar> = [" ", ":", "-", "–", "—", ".", ")"]
    /// What a title may end with that is not part of it.
    static let trailing: Set<Unicode.Scalar> = [" ", ":"]

    /// `scalars` without `characters` at either end.
    static func trimmed(_ scalars: ArraySlice<Unicode.Scalar>, _ characters: Set<Unicode.Scalar>) -> ArraySlice<Unicode.Scalar> {
        var slice = scalars
        while let first = slice.first, characters.contains(first) { slice = slice.dropFirst() }
        while let last = slice.last, characters.contains(last) { slice = slice.dropLast() }
        return slice
    }

    /// A letter of a keyword or a written number, without a Unicode property lookup for the
    /// letters of French.
    @inline(__always)
    static func isLetter(_ c: Unicode.Scalar) -> Bool {
        let v = c.value
        if v < 0x80 { return (v | 0x20) >= 0x61 && (v | 0x20) <= 0x7A }
        return Tokenizer.isWordScalar(c)
    }

    /// `1er : Objet` → ("1", " : Objet"); `premier - Objet`; `2.1.3 : …`; `II – …`; `3 bis : …`.
    static func number(in rest: ArraySlice<Unicode.Scalar>) -> (String, ArraySlice<Unicode.Scalar>)? {
        let scalars = rest.drop { $0 == " " }
        var i = scalars.startIndex
        let end = scalars.endIndex
        let number: String
        if i < end, ("0"..."9").contains(scalars[i]) {
            let start = i
            while i < end, ("0"..."9").contains(scalars[i]) || (scalars[i] == "." && i + 1 < end && ("0"..."9").contains(scalars[i + 1])) { i += 1 }
            number = String(scalars: scalars[start..<i])
            if i + 1 < end, scalars[i] == "e", scalars[i + 1] == "r" { i += 2 }
            else if i < end, scalars[i] == "e" && (i + 1 == end || !isLetter(scalars[i + 1])) { i += 1 }
        } else {
            var j = i
            while j < end, isLetter(scalars[j]) { j += 1 }
            let word = scalars[i..<j]
            let folded = Folding.fold(String(scalars: word))
            if folded == "premier" || folded == "premiere" {
                number = "1"
            } else if folded == "unique" {
                number = "unique"
            } else if !word.isEmpty, word.count <= 6, word.allSatisfy({ "IVXLC".unicodeScalars.contains($0) }) {
                number = String(scalars: word)
            } else if word.count == 1, let c = word.first, c.properties.isUppercase {
                number = String(scalars: word)  // Annexe A
            } else {
                return nil
            }
            i = j
        }
        // "3 bis", "3 ter".
        for suffix in ["bis", "ter", "quater"] {
            let word = Array(suffix.unicodeScalars)
            let wordEnd = i + 1 + word.count
            guard wordEnd <= end, scalars[i] == " " else { continue }
            let matches = zip(scalars[(i + 1)..<wordEnd], word).allSatisfy { Folding.fold($0) == $1 }
            if matches && (wordEnd == end || !isLetter(scalars[wordEnd])) {
                return (number + " " + suffix, scalars[wordEnd...])
            }
        }
        return (number, scalars[i...])
    }
}
