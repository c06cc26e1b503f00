import ConventionModel
import FrenchExpressions

/// Chooses, among every duration, effective date, end date and renewal found in the text, the
/// ones that state the convention's own term: those in a unit about its duration (`Article 5 –
/// Durée`, `Durée et modification`) or in a sentence about the convention (`La présente
/// convention est conclue pour une durée d'un an`), not those of another act (`la précédente
/// convention`, `la convention annuelle d'objectifs`).
struct TermSelector {
    /// Folded words of a unit's title that announce the term (`duree`, `validite`, `effet`).
    let termTitleWords: Set<String>
    /// Folded words showing that a value belongs to another act (`precedente`, `caom`).
    let otherActWords: Set<String>

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
        let words = Set(Folding.words(context.sentence))
        var score = 0
        if let title = context.unitTitle, !Set(Folding.words(title)).isDisjoint(with: termTitleWords) { score += 3 }
        if words.contains("convention") || words.contains("accord") || words.contains("elle") { score += 1 }
        if words.contains("presente") { score += 1 }
        // Another act's term: the previous convention, an annual objectives agreement, a contract.
        if !words.isDisjoint(with: otherActWords) { score -= 3 }
        return score
    }
}
