import ConventionModel

/// When the text lets a party end the convention, read from the clause that states the
/// termination notice: only at given dates (each anniversary, the end of each year of
/// execution, the end of the convention), or at any time, the notice then being a delay that
/// runs from its sending.
///
/// - `Chacune des parties peut résilier la présente convention à l'expiration de chaque année
///   d'exécution, … moyennant un préavis de deux mois` → `.annualEnd`;
/// - `résiliée … avec un préavis de trois mois avant l'échéance annuelle` → `.annualEnd`;
/// - `dénoncée à chaque date anniversaire moyennant un préavis de trois mois` → `.anniversary`;
/// - `résiliée à tout moment moyennant un préavis de trois mois` → `.none` (a delay after sending).
enum TerminationMoment {
    /// Phrases, folded, that let the convention end at the end of each year of execution.
    static let annualWords = ["annee d'execution", "annees d'execution", "echeance annuelle", "echeances annuelles",
                              "chaque annee", "chaque echeance annuelle", "annuellement", "chaque periode annuelle"]
    /// Phrases, folded, that let it end at the end of each calendar year.
    static let calendarYearWords = ["fin de chaque annee civile", "31 decembre de chaque annee", "terme de chaque annee civile"]
    /// Phrases, folded, that let it end at its end only.
    static let endWords = ["son echeance", "son terme", "son expiration", "echeance de la convention", "echeance de la presente",
                           "terme de la convention", "terme de la presente", "expiration de la convention",
                           "expiration de la presente", "fin de la convention", "fin de la presente", "date d'expiration",
                           "date d'echeance", "terme de celle-ci", "echeance de celle-ci"]

    /// The moments at which the notice lets the convention end: from the notice's own anchor
    /// when it is a date of the convention's calendar, else from the words of `clause`
    /// (the sentence that holds the notice); `.none` when the text allows it at any time.
    static func read(notice: NoticePeriod, clause: String, effectiveEvent: String?) -> Anchor {
        switch Anchor(notice.anchor, effectiveEvent: effectiveEvent) {
        case .end: return .end
        case .annualEnd: return .annualEnd
        case .anniversary: return .anniversary
        case .periodEnd(let months): return .periodEnd(months: months)
        default: break
        }
        let folded = Folded.fold(clause)
        let has = { (phrase: String) in Folded.contains(folded, word: phrase) }
        if has("a tout moment") || has("a tout instant") { return .none }
        if has("anniversaire") { return .anniversary }
        if calendarYearWords.contains(where: has) { return .periodEnd(months: 12) }
        if annualWords.contains(where: has) { return .annualEnd }
        if endWords.contains(where: has) { return .end }
        return .none
    }

    /// The sentence of the normalised text (its Unicode scalars) that holds `span`, from the
    /// full stop or line break before it to the one after; nil when the span is not within the text.
    static func sentence(around span: Span, in scalars: [Unicode.Scalar]) -> String? {
        guard span.start >= 0, span.start <= span.end, span.end <= scalars.count else { return nil }
        let stops: Set<Unicode.Scalar> = [".", "!", "?", "\n"]
        var start = span.start
        while start > 0, !stops.contains(scalars[start - 1]) { start -= 1 }
        var end = span.end
        while end < scalars.count, !stops.contains(scalars[end]) { end += 1 }
        var sentence = String.UnicodeScalarView()
        sentence.append(contentsOf: scalars[start..<end])
        return String(sentence)
    }

    /// The clause to read a notice's moments in: its sentence when the text is given, else
    /// the obligations (facultés included) whose span holds the notice, with the notice's text.
    static func clause(of notice: NoticePeriod, in graph: ConventionGraph, scalars: [Unicode.Scalar]?) -> String {
        if let scalars, let span = notice.span, let sentence = sentence(around: span, in: scalars) {
            return sentence
        }
        var parts = [notice.text]
        if let span = notice.span {
            parts += graph.obligations.filter { obligation in
                guard let around = obligation.span else { return false }
                return around.start <= span.start && span.end <= around.end
            }.map(\.text)
        }
        return parts.joined(separator: " ")
    }
}
