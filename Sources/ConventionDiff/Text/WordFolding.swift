/// Folds French words for comparison: lower case, no accents, ligatures spelt out.
///
/// `Pôle Emploi` → `pole`, `emploi`; `Œuvre` → `oeuvre`.
enum WordFolding {
    /// Whether the scalar belongs to a word (a letter or a digit).
    static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        if v < 0x80 {
            return (v >= 0x30 && v <= 0x39) || (v >= 0x41 && v <= 0x5A) || (v >= 0x61 && v <= 0x7A)
        }
        return scalar.properties.isAlphabetic
    }

    /// Appends the folded form of `scalar` to `out`.
    static func append(_ scalar: Unicode.Scalar, to out: inout String.UnicodeScalarView) {
        let v = scalar.value
        if v < 0x80 {
            out.append(v >= 0x41 && v <= 0x5A ? Unicode.Scalar(v + 0x20)! : scalar)
        } else if let folded = table[scalar] {
            out.append(contentsOf: folded.unicodeScalars)
        } else {
            out.append(contentsOf: String(scalar).lowercased().unicodeScalars)
        }
    }

    /// The folded words of `text`: `L'État s'engage` → `["l", "etat", "s", "engage"]`.
    static func words(_ text: String) -> [String] {
        var words: [String] = []
        var current = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if isWordScalar(scalar) {
                append(scalar, to: &current)
            } else if !current.isEmpty {
                words.append(String(current))
                current = String.UnicodeScalarView()
            }
        }
        if !current.isEmpty { words.append(String(current)) }
        return words
    }

    /// The folded words joined by single spaces, for comparing values written by hand.
    static func key(_ text: String) -> String { words(text).joined(separator: " ") }

    private static let table: [Unicode.Scalar: String] = {
        var table: [Unicode.Scalar: String] = [:]
        let groups: [(String, String)] = [
            ("àáâãäåÀÁÂÃÄÅ", "a"), ("çÇ", "c"), ("èéêëÈÉÊË", "e"), ("ìíîïÌÍÎÏ", "i"), ("ñÑ", "n"),
            ("òóôõöøÒÓÔÕÖØ", "o"), ("ùúûüÙÚÛÜ", "u"), ("ýÿÝŸ", "y"), ("œŒ", "oe"), ("æÆ", "ae"),
        ]
        for (letters, base) in groups {
            for scalar in letters.unicodeScalars { table[scalar] = base }
        }
        return table
    }()
}
