import FrenchExpressions
/// Case- and accent-insensitive comparison of French words: `Préambule` → `preambule`,
/// `L’État` → `l'etat`. One scalar folds to one scalar, so offsets in a folded text are offsets
/// in the original.
enum Folding {
    /// Lowercased, accents removed, apostrophes unified.
    static func fold(_ text: String) -> String {
        String(scalars: text.unicodeScalars.lazy.map { fold($0) })
    }

    /// The folded words of `text` (`L'Association s'oblige` → `l'`, `association`, `s'`, `oblige`).
    static func words(_ text: String) -> [Word] {
        Tokenizer.tokens(text).filter(\.isWord).map(\.word)
    }

    /// Lowercase without accent, one scalar for one (`É` → `e`, `’` → `'`, `œ` stays `œ`).
    @inline(__always) static func fold(_ c: Unicode.Scalar) -> Unicode.Scalar {
        let v = c.value
        if v < 0x80 {
            return (v >= 0x41 && v <= 0x5A) ? Unicode.Scalar(UInt8(v + 32)) : c
        }
        switch v {
        case 0xC0...0xC5, 0xE0...0xE5: return "a"
        case 0xC7, 0xE7: return "c"
        case 0xC8...0xCB, 0xE8...0xEB: return "e"
        case 0xCC...0xCF, 0xEC...0xEF: return "i"
        case 0xD2...0xD6, 0xF2...0xF6: return "o"
        case 0xD9...0xDC, 0xF9...0xFC: return "u"
        case 0xDD, 0xFD, 0xFF, 0x178: return "y"
        case 0xD1, 0xF1: return "n"
        case 0x152: return "œ"
        case 0x2019: return "'"
        default:
            let lower = c.properties.lowercaseMapping.unicodeScalars
            return lower.count == 1 ? lower.first! : c
        }
    }
}
