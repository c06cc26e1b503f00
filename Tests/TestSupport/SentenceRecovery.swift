import Foundation

/// How much of a source text an OCR reading gives back, sentence by sentence: the share of the
/// source's sentences (four words or more, cut at `.`, `;`, `:`, `!`, `?` and line ends) found
/// whole in the reading once both are folded — lowercase, punctuation and spacing ignored; with
/// `ignoringAccents`, accents too.
///
/// ```swift
/// SentenceRecovery.measure(source: "La Région verse la subvention.", reading: "la region verse la subvention", ignoringAccents: true)
/// // (recovered: 1, total: 1)
/// ```
public enum SentenceRecovery {
    public static func measure(source: String, reading: String, ignoringAccents: Bool = false) -> (recovered: Int, total: Int) {
        let folded = " " + fold(reading, ignoringAccents: ignoringAccents) + " "
        var recovered = 0, total = 0
        for sentence in source.split(whereSeparator: { ".;:!?\n".contains($0) }) {
            let words = fold(String(sentence), ignoringAccents: ignoringAccents)
            guard words.split(separator: " ").count >= 4 else { continue }
            total += 1
            if folded.contains(" " + words + " ") { recovered += 1 }
        }
        return (recovered, total)
    }

    /// Letters and digits, lowercased, words separated by one space.
    public static func fold(_ text: String, ignoringAccents: Bool) -> String {
        let base = ignoringAccents ? text.folding(options: [.diacriticInsensitive], locale: nil) : text
        return base.lowercased().split(whereSeparator: { !($0.isLetter || $0.isNumber) }).joined(separator: " ")
    }
}
