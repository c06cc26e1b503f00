/// Compares two French texts word by word, ignoring case, accents, apostrophes and punctuation.
///
/// `dice("transmettre le bilan annuel", "transmettre chaque année le bilan")` → 0.5.
public enum TextSimilarity {
    /// Folded words: `L'État s'engage` → `["l", "etat", "s", "engage"]`.
    public static func words(_ text: String) -> [String] {
        var words: [String] = []
        var current = String.UnicodeScalarView()
        for c in text.unicodeScalars {
            if c.properties.isAlphabetic || ("0"..."9").contains(c) {
                current.append(fold(c))
            } else if !current.isEmpty {
                words.append(String(current))
                current = String.UnicodeScalarView()
            }
        }
        if !current.isEmpty { words.append(String(current)) }
        return words
    }

    /// Dice coefficient of the two word multisets: 2 × shared / (count a + count b).
    public static func dice(_ a: String, _ b: String) -> Double {
        let wa = words(a), wb = words(b)
        guard !wa.isEmpty || !wb.isEmpty else { return 1 }
        var counts: [String: Int] = [:]
        for w in wa { counts[w, default: 0] += 1 }
        var shared = 0
        for w in wb where counts[w, default: 0] > 0 {
            counts[w]! -= 1
            shared += 1
        }
        return 2 * Double(shared) / Double(wa.count + wb.count)
    }

    private static func fold(_ c: Unicode.Scalar) -> Unicode.Scalar {
        let base = String(c).folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil).unicodeScalars
        return base.count == 1 ? base.first! : c
    }
}

import Foundation
