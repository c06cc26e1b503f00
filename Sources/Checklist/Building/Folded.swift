import Foundation

/// Text folded for comparison: lower case, accents dropped, `’` as `'`, spaces collapsed.
///
/// `"L’Échéance  annuelle"` → `"l'echeance annuelle"`.
enum Folded {
    static func fold(_ text: String) -> String {
        let plain = text
            .replacingOccurrences(of: "’", with: "'")
            .replacingOccurrences(of: "ʼ", with: "'")
            .replacingOccurrences(of: "œ", with: "oe")
            .replacingOccurrences(of: "Œ", with: "OE")
            .folding(options: [.caseInsensitive, .diacriticInsensitive], locale: Locale(identifier: "fr_FR"))
            .lowercased()
        return plain.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// The folded text without a leading article (`la Mission locale` → `mission locale`).
    static func withoutArticle(_ text: String) -> String {
        var folded = fold(text)
        for article in ["le ", "la ", "les ", "l'"] where folded.hasPrefix(article) {
            folded.removeFirst(article.count)
            break
        }
        return folded
    }

    /// Whether `text` holds `word` as a whole word (or words).
    static func contains(_ text: String, word: String) -> Bool {
        let padded = " " + text.map { $0.isLetter || $0.isNumber ? $0 : " " } + " "
        let key = " " + word.map { $0.isLetter || $0.isNumber ? $0 : " " } + " "
        return String(padded).contains(String(key))
    }
}
