import Foundation

/// Folding and splitting French names and titles for comparison: `Pôle Emploi — Bouches-du-Rhône`
/// → `["pole", "emploi", "bouches", "du", "rhone"]`.
enum Words {
    /// Lowercased, accents removed, `’` read as `'`.
    static func fold(_ text: String) -> String {
        text.replacingOccurrences(of: "’", with: "'")
            .folding(options: [.caseInsensitive, .diacriticInsensitive], locale: Locale(identifier: "fr_FR"))
    }

    /// The folded words of `text`: runs of letters and digits (`l'emploi` → `l`, `emploi`).
    static func split(_ text: String) -> [String] {
        var words: [String] = []
        var current = String.UnicodeScalarView()
        for scalar in fold(text).unicodeScalars {
            if scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) {
                current.append(scalar)
            } else if !current.isEmpty {
                words.append(String(current))
                current = String.UnicodeScalarView()
            }
        }
        if !current.isEmpty { words.append(String(current)) }
        return words
    }
}
