/// Case- and accent-insensitive comparison of French words: `Préambule` → `preambule`,
/// `L’État` → `l'etat`. The folding is the tokenizer's, one scalar for one.
enum Folding {
    /// Lowercased, accents removed, apostrophes unified.
    static func fold(_ text: String) -> String {
        var utf8: [UInt8] = []
        utf8.reserveCapacity(text.utf8.count)
        for c in text.unicodeScalars { Tokenizer.appendUTF8(c == "’" ? "'" : Tokenizer.fold(c), to: &utf8) }
        return String(decoding: utf8, as: UTF8.self)
    }

    /// The folded words of `text` (`L'Association s'oblige` → `["l'", "association", "s'", "oblige"]`).
    static func words(_ text: String) -> [String] {
        Tokenizer.tokens(text).filter(\.isWord).map(\.folded)
    }
}
