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

    func keywordHeading(_ line: String) -> Heading? {
        // A heading starts with a capital: "annexe 3 bis." inside a sentence is a cross-reference.
        guard let first = line.unicodeScalars.first, first.properties.isUppercase,
              line.unicodeScalars.count <= Self.maximumLength else { return nil }
        let scalars = Array(line.unicodeScalars)
        var i = 0
        var word = ""
        while i < scalars.count, scalars[i].properties.isAlphabetic {
            word.unicodeScalars.append(scalars[i]); i += 1
        }
        if i < scalars.count, scalars[i] == ".", keywords[Folding.fold(word) + "."] != nil {
            word += "."; i += 1
        }
        guard let kind = keywords[Folding.fold(word)] else { return nil }
        let rest = String(scalars: scalars[i...])
        if kind == .preamble {
            let tail = rest.trimming(Self.separators)
            let title = line.trimming(Self.trailing)
            return tail.isEmpty ? Heading(kind: .preamble, number: nil, title: title) : nil
        }
        guard let (number, afterNumber) = Self.number(in: rest) else { return nil }
        // "Article L.5312-1 du code du travail" cites a code; only annexes are lettered.
        if kind != .annex, let first = number.unicodeScalars.first, !("0"..."9").contains(first),
           number.count == 1, number != "I", number != "V", number != "X" { return nil }
        if kind != .annex, afterNumber.hasPrefix(".") && afterNumber.dropFirst().first?.isNumber == true { return nil }
        let title = afterNumber.drop { Self.separators.unicodeScalars.contains($0.unicodeScalars.first!) }.trimming(Self.trailing)
        // A sentence that starts with a keyword ("Article 3 de la loi …;") is not a heading.
        if let last = title.unicodeScalars.last, [";", ","].contains(last) { return nil }
        return Heading(kind: kind, number: number, title: title.isEmpty ? nil : title)
    }

    /// A numbered section heading: a short title after an enumerator, with no final punctuation.
    func sectionHeading(_ line: String) -> Heading? {
        guard let enumerator = Enumerator.parse(line), !enumerator.label.hasPrefix("0") else { return nil }
        let body = String(line.unicodeScalars.dropFirst(enumerator.length))
            .drop { Self.separators.unicodeScalars.contains($0.unicodeScalars.first!) }.trimming(Self.trailing)
        guard let first = body.unicodeScalars.first, first.properties.isUppercase,
              body.unicodeScalars.count <= 110,
              let last = body.unicodeScalars.last, !".;:,".unicodeScalars.contains(last) else { return nil }
        return Heading(kind: .section, number: enumerator.label, title: body)
    }

    static let separators = " :-–—.)"
    /// What a title may end with that is not part of it.
    static let trailing = " :"

    /// `1er : Objet` → ("1", " : Objet"); `premier - Objet`; `2.1.3 : …`; `II – …`; `3 bis : …`.
    static func number(in rest: String) -> (String, Substring)? {
        let trimmed = rest.drop { $0 == " " }
        let scalars = Array(trimmed.unicodeScalars)
        var i = 0
        var number = ""
        if i < scalars.count, ("0"..."9").contains(scalars[i]) {
            while i < scalars.count, ("0"..."9").contains(scalars[i]) || (scalars[i] == "." && i + 1 < scalars.count && ("0"..."9").contains(scalars[i + 1])) {
                number.unicodeScalars.append(scalars[i]); i += 1
            }
            if i + 1 < scalars.count, scalars[i] == "e", scalars[i + 1] == "r" { i += 2 }
            else if i < scalars.count, scalars[i] == "e" && (i + 1 == scalars.count || !scalars[i + 1].properties.isAlphabetic) { i += 1 }
        } else {
            var word = ""
            var j = i
            while j < scalars.count, scalars[j].properties.isAlphabetic { word.unicodeScalars.append(scalars[j]); j += 1 }
            let folded = Folding.fold(word)
            if folded == "premier" || folded == "premiere" {
                number = "1"; i = j
            } else if folded == "unique" {
                number = "unique"; i = j
            } else if !word.isEmpty, word.count <= 6, word.unicodeScalars.allSatisfy({ "IVXLC".unicodeScalars.contains($0) }) {
                number = word; i = j
            } else if word.count == 1, let c = word.unicodeScalars.first, c.properties.isUppercase {
                number = word; i = j  // Annexe A
            } else {
                return nil
            }
        }
        // "3 bis", "3 ter".
        for suffix in ["bis", "ter", "quater"] {
            let word = Array(suffix.unicodeScalars)
            let end = i + 1 + word.count
            guard end <= scalars.count, scalars[i] == " " else { continue }
            let matches = zip(scalars[(i + 1)..<end], word).allSatisfy { Folding.fold($0) == $1 }
            if matches && (end == scalars.count || !scalars[end].properties.isAlphabetic) {
                number += " " + suffix
                i = end
                break
            }
        }
        let remainder = String(scalars: scalars[i...])
        return (number, Substring(remainder))
    }
}

