import ConventionModel
import FrenchExpressions

/// Chooses, among every duration, effective date, end date and renewal found in the text, the
/// ones that state the convention's own term: those in a unit about its duration (`Article 5 –
/// Durée`, `Durée et modification`) or in a sentence about the convention (`La présente
/// convention est conclue pour une durée d'un an`), not those of another act (`la précédente
/// convention`, `la convention annuelle d'objectifs`).
struct TermSelector {
    /// Words of a unit's title that announce the term (`durée`, `validité`, `effet`).
    let termTitleWords: WordSet
    /// Words showing that a value belongs to another act (`précédente`, `CAOM`).
    let otherActWords: WordSet

    /// The text around a value: its sentence, and the title of its unit.
    struct Context {
        var sentence: String
        var unitTitle: String?
    }

    func select(_ found: FoundExpressions, context: (Range<Int>) -> Context) -> Term {
        Term(duration: best(found.durations, context: context)?.value,
             effective: best(found.effectives, context: context)?.value,
             end: best(found.ends, context: context)?.value,
             renewal: best(found.renewals, context: context)?.value)
    }

    private func best<Value>(_ matches: [Match<Value>], context: (Range<Int>) -> Context) -> Match<Value>? {
        var chosen: (Match<Value>, Int)?
        for match in matches {
            let score = score(context(match.range))
            if score > 0, score > (chosen?.1 ?? 0) { chosen = (match, score) }
        }
        return chosen?.0
    }

    private func score(_ context: Context) -> Int {
        let words = Folding.words(context.sentence)
        var score = 0
        if let title = context.unitTitle, Folding.words(title).contains(where: termTitleWords.contains) { score += 3 }
        if words.contains(where: Self.aboutTheConvention.contains) { score += 1 }
        if words.contains("presente") { score += 1 }
        // Another act's term: the previous convention, an annual objectives agreement, a contract.
        if words.contains(where: otherActWords.contains) { score -= 3 }
        return score
    }

    private static let aboutTheConvention: WordSet = ["convention", "accord", "elle"]
}
