/// Case- and accent-insensitive comparison of French words: `Préambule` → `preambule`,
/// `L’État` → `l'etat`.
enum Folding {
    /// Lowercased, accents removed, apostrophes unified.
    static func fold(_ text: String) -> String {
        // Same folding as the tokenizer, one scalar for one.
        var view = String.UnicodeScalarView()
        for c in text.unicodeScalars { view.append(c == "’" ? "'" : Tokenizer.fold(c)) }
        return String(view)
    }

    /// The words of `text`, folded; an elided article stays attached to its apostrophe
    /// (`l'emploi` → `l'`, `emploi`).
    static func words(_ text: String) -> [String] {
        var words: [String] = []
        var current = ""
        for c in fold(text).unicodeScalars {
            if c.properties.isAlphabetic || ("0"..."9").contains(c) {
                current.unicodeScalars.append(c)
            } else if c == "'" && !current.isEmpty {
                current.unicodeScalars.append(c)
                words.append(current)
                current = ""
            } else {
                if !current.isEmpty { words.append(current) }
                current = ""
            }
        }
        if !current.isEmpty { words.append(current) }
        return words
    }
}
