/// Reads the condition a commitment is subject to: `sous réserve de l'accord du bénéficiaire`,
/// `en cas de besoin`, `dans l'éventualité d'un retard`, up to the next comma or the end.
struct ConditionReader: Sendable {
    /// Folded phrases that open a condition (`sous reserve de`, `en cas de`).
    let openers: PhraseMatcher<Bool>

    /// The condition in a commitment's text, given as scalars and their tokens.
    func condition(in scalars: [Unicode.Scalar], tokens: [Token]) -> String? {
        for i in tokens.indices where openers.contains(tokens, at: i) {
            var end = tokens[i].end
            while end < scalars.count, ![",", ";", "."].contains(scalars[end]) { end += 1 }
            return ObligationDetector.slice(scalars, tokens[i].start, end)
        }
        return nil
    }
}
