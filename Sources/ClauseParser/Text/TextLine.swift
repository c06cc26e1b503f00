import FrenchExpressions
import DocumentText

/// One line of the normalised text — a heading, a list item, or a paragraph — with its offsets,
/// scalars and tokens. A class: every detector reads the same lines, none copies them.
///
/// `- fournir les données emploi …` → `TextLine(start: 4210, end: 4290, isListItem: true)`.
final class TextLine: Sendable {
    /// Offset (Unicode scalars) of the first character in the normalised text.
    let start: Int
    /// Offset just past the last character.
    let end: Int
    /// Index of the line in the document.
    let index: Int
    /// The scalars of `text`, and its tokens (offsets into those scalars), computed once for
    /// every detector.
    let scalars: [Unicode.Scalar]
    let tokens: [Token]
    /// The line's leading enumerator (`1)`, `3.1.`, `a.`), read once.
    let enumerator: Enumerator?
    /// The word lists the line has a first word of.
    let classes: WordClasses

    init(start: Int, end: Int, index: Int, scalars: [Unicode.Scalar], classifier: WordClassifier) {
        self.start = start
        self.end = end
        self.index = index
        self.scalars = scalars
        self.tokens = Tokenizer.tokens(scalars)
        self.enumerator = Enumerator.parse(scalars)
        self.classes = classifier.classes(of: tokens)
    }

    /// Whether the line has a word that starts a phrase of `wordClass`.
    func mayHold(_ wordClass: WordClasses) -> Bool { classes.contains(wordClass) }

    /// The line as a string, built when asked for (most lines are only read through their tokens).
    var text: String { String(scalars: scalars) }

    var isBlank: Bool { scalars.isEmpty }

    /// Whether the last character is `mark` (`:` after a lead-in, `;` after a list item).
    func ends(with mark: Unicode.Scalar) -> Bool { scalars.last == mark }
    var isListItem: Bool { isBulleted || enumerator != nil }
    var isBulleted: Bool { scalars.count >= 2 && scalars[0] == "-" && scalars[1] == " " }

    /// The text without its bullet or enumerator.
    var itemBody: String {
        if isBulleted { return String(scalars: scalars.dropFirst(2)) }
        if let e = enumerator { return String(scalars: scalars.dropFirst(e.length)) }
        return text
    }

    /// The folded text of one of the line's tokens (`Région` → `region`).
    func folded(_ token: Token) -> String {
        String(scalars: scalars[token.start..<token.end].lazy.map(Folding.fold))
    }

    /// Whether the first token is one of `words` (`OBJET :` opens with `objet`).
    func opens(with words: WordSet) -> Bool {
        tokens.first.map { words.contains($0.word) } ?? false
    }

    /// Whether the words of `phrase` follow one another somewhere in the line.
    func contains(_ phrase: [Word]) -> Bool {
        guard let first = phrase.first, phrase.count <= tokens.count else { return false }
        for i in 0...(tokens.count - phrase.count) where tokens[i].word == first {
            if (1..<phrase.count).allSatisfy({ tokens[i + $0].word == phrase[$0] }) { return true }
        }
        return false
    }

    /// Offset in the normalised text where `itemBody` starts.
    var itemBodyStart: Int {
        if isBulleted { return start + 2 }
        if let e = enumerator { return start + e.length }
        return start
    }

    /// Splits a normalised text into lines.
    static func lines(of text: NormalizedText, classifier: WordClassifier) -> [TextLine] {
        let scalars = text.scalars
        var lines: [TextLine] = []
        var lineStart = 0
        func add(_ end: Int) {
            lines.append(TextLine(start: lineStart, end: end, index: lines.count, scalars: Array(scalars[lineStart..<end]),
                                  classifier: classifier))
        }
        for (offset, scalar) in scalars.enumerated() where scalar == "\n" {
            add(offset)
            lineStart = offset + 1
        }
        add(scalars.count)
        return lines
    }
}

/// A leading list or section number: `1)`, `1.`, `3.1.`, `a)`, `a.`, `I.`, `1°`, `1°)`, `(a)`.
struct Enumerator: Sendable, Equatable {
    /// The label as written without its closing mark (`"3.1"`, `"a"`, `"IV"`).
    let label: String
    /// Scalars up to and including the following space.
    let length: Int
    /// The style, so that items of one list can be told from a nested list.
    let style: Style

    enum Style: Sendable, Equatable { case arabic, dotted, letter, roman, degree }

    static func parse(_ text: String) -> Enumerator? {
        parse(Array(text.unicodeScalars.prefix(16)))
    }

    static func parse(_ scalars: [Unicode.Scalar]) -> Enumerator? {
        // Most lines start with a word: no enumerator, without looking further.
        guard let head = scalars.first else { return nil }
        let v = head.value
        let isDigit = v >= 0x30 && v <= 0x39, isLetter = (v | 0x20) >= 0x61 && (v | 0x20) <= 0x7A
        guard head == "(" || isDigit || isLetter else { return nil }
        // A letter enumerator is one letter and its mark ("a)", "b."), unless it is a roman number.
        if isLetter, !"IVXLC".unicodeScalars.contains(head), scalars.count < 2 || scalars[1] != "." && scalars[1] != ")" { return nil }
        let s = scalars.prefix(16)
        var i = 0
        if i < s.count, s[i] == "(" { i += 1 }
        let labelStart = i
        var style: Style
        if i < s.count, ("0"..."9").contains(s[i]) {
            while i < s.count, ("0"..."9").contains(s[i]) { i += 1 }
            guard i - labelStart <= 2 else { return nil }
            style = .arabic
            while i + 1 < s.count, s[i] == ".", ("0"..."9").contains(s[i + 1]) {
                i += 1
                while i < s.count, ("0"..."9").contains(s[i]) { i += 1 }
                style = .dotted
            }
        } else if i < s.count, ("a"..."z").contains(s[i]) || ("A"..."Z").contains(s[i]) {
            var j = i
            while j < s.count, "IVXLC".unicodeScalars.contains(s[j]) { j += 1 }
            if j > i, j - i <= 5, j < s.count, [".", ")"].contains(s[j]) {
                i = j
                style = .roman
            } else {
                i += 1
                style = .letter
            }
        } else {
            return nil
        }
        let labelEnd = i
        guard i < s.count else { return nil }
        if [".", ")", "°"].contains(s[i]) || s[i] == "-" && style == .arabic {
            if s[i] == "°" { style = .degree }
            i += 1
        } else if style != .dotted {
            return nil
        }
        // "1°)", "1°.", "1)-": a second mark after the first.
        if i < s.count, s[i] == "-" || s[i] == "–" || style == .degree && (s[i] == ")" || s[i] == ".") { i += 1 }
        guard i < s.count, s[i] == " " else { return nil }
        return Enumerator(label: String(scalars: s[labelStart..<labelEnd]), length: i + 1, style: style)
    }
}
