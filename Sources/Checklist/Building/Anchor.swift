/// What a delay is counted from, read from the anchor phrase of a deadline or a notice.
///
/// `"fin de chaque semestre"` → `.periodEnd(months: 6)`; `"avant l'échéance annuelle"` →
/// `.annualEnd`; `"signature de la présente convention"` → `.conventionEvent("signature")`;
/// `"réception de la fiche de liaison"` → `.event("réception de la fiche de liaison")`.
enum Anchor: Equatable {
    /// No anchor: the delay runs from whatever triggers it.
    case none
    /// The act that makes the convention take effect (its signature, its notification…).
    case conventionEvent(String)
    /// The day the convention takes effect.
    case effective
    /// The end of the convention (`son échéance`, `l'expiration de la convention`).
    case end
    /// The end of each year of execution (`l'échéance annuelle`).
    case annualEnd
    /// Each anniversary of the effective date (`la date anniversaire`).
    case anniversary
    /// The end of each calendar month, quarter, half-year or year (`la fin de chaque semestre`,
    /// `la clôture de l'exercice`).
    case periodEnd(months: Int)
    /// Any other event: no date can be computed.
    case event(String)

    /// Events that, with nothing after them or followed by `de la (présente) convention`, mean
    /// the convention's own act.
    static let conventionEvents = ["signature", "notification"]

    init(_ phrase: String?, effectiveEvent: String?) {
        guard let phrase, !phrase.trimmingCharacters(in: .whitespaces).isEmpty else {
            self = .none
            return
        }
        var folded = Folded.fold(phrase)
        for lead in ["au plus tard ", "avant ", "apres ", "suivant ", "a compter de ", "a partir de ", "des "] where folded.hasPrefix(lead) {
            folded.removeFirst(lead.count)
        }
        for determiner in ["la ", "le ", "les ", "l'", "sa ", "son ", "leur ", "chaque ", "de "] where folded.hasPrefix(determiner) {
            folded.removeFirst(determiner.count)
        }
        let has = { (word: String) in Folded.contains(folded, word: word) }
        let closing = has("fin") || has("cloture") || has("terme") || has("issue") || has("expiration") || has("echeance")
        if has("anniversaire") {
            self = .anniversary
        } else if closing, has("annee") || has("annees"), has("execution") {
            self = .annualEnd
        } else if has("fin") || has("cloture") || has("terme") || has("issue"),
                  let months = has("semestre") ? 6 : has("trimestre") ? 3 : has("exercice") || has("annee") ? 12 : has("mois") ? 1 : nil,
                  !has("convention") {
            self = .periodEnd(months: months)
        } else if has("echeance") || has("expiration") || has("terme") || folded.hasPrefix("fin de la convention")
                    || folded.hasPrefix("fin de la presente") {
            self = has("annuelle") || has("annuel") || has("chaque annee") ? .annualEnd : .end
        } else if has("prise d'effet") || has("entree en vigueur") {
            self = .effective
        } else if let event = Self.conventionEvent(folded, effectiveEvent: effectiveEvent) {
            self = .conventionEvent(event)
        } else {
            self = .event(phrase)
        }
    }

    private static func conventionEvent(_ folded: String, effectiveEvent: String?) -> String? {
        var events = conventionEvents
        if let effectiveEvent { events.insert(Folded.fold(effectiveEvent), at: 0) }
        let tails = ["", " de la presente convention", " de la convention", " de ladite convention", " de celle-ci",
                     " de la presente convention par les parties", " de la convention par les parties"]
        for event in events {
            if tails.contains(where: { folded == event + $0 }) { return event }
        }
        return nil
    }
}
