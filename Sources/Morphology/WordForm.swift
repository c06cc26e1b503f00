/// Every reading of one word form, with the facts the clause reader asks most often computed
/// once: `transmettra` → finite, third person, future, lemma `transmettre`; `règle` → a noun
/// (feminine) and a finite verb.
public final class WordForm: Sendable {
    public let readings: [WordReading]
    /// The readings as a finite verb of the third person (`verse`, `transmettront`).
    public let finiteThird: [WordReading]
    /// Union of every reading's parts of speech and verb forms.
    public let categories: WordReading.Categories
    public let forms: WordReading.Forms
    /// Genders of the noun readings.
    public let nounGenders: WordReading.Genders

    init(readings: [WordReading]) {
        self.readings = readings
        finiteThird = readings.filter { $0.isFiniteVerb && !$0.persons.isDisjoint(with: .third) }
        categories = readings.reduce(into: []) { $0.formUnion($1.categories) }
        forms = readings.reduce(into: []) { $0.formUnion($1.forms) }
        nounGenders = readings.filter { $0.categories.contains(.noun) }.reduce(into: []) { $0.formUnion($1.genders) }
    }

    /// A noun or an adjective in at least one reading.
    public var mayBeNominal: Bool { !categories.isDisjoint(with: [.noun, .adjective]) }
    public var isNoun: Bool { categories.contains(.noun) }
    /// An adverb and nothing else (`directement`, `régulièrement`).
    public var isAdverb: Bool { categories == .adverb }
    /// A past participle in at least one reading.
    public var mayBePastParticiple: Bool { forms.contains(.pastParticiple) }
    /// A past participle that is never a noun (`composé`, `remis`, not `délégué`).
    public var isPastParticipleOnly: Bool { readings.contains { $0.forms.contains(.pastParticiple) && !$0.categories.contains(.noun) } }

    /// Whether some verb reading has `lemma` in one of `forms`.
    public func isForm(of lemma: String, in forms: WordReading.Forms) -> Bool {
        readings.contains { $0.lemma == lemma && !$0.forms.isDisjoint(with: forms) }
    }
}
