import ConventionModel
import Lexicons
import Morphology

/// Reads the grammar of a sentence: its main finite verb, the noun phrase that is its subject,
/// and, for a passive, its agent. Driven by French morphology (lemma, tense and person of each
/// word form) and the function words of `clause-words.txt`, not by phrase lists.
///
/// ```
/// Chaque année, l'association transmettra un bilan à la Commune.
///               ───────────── ─────────── subject "l'association", verb transmettre (future)
/// Un bilan est remis par l'association avant le 31 mars.
/// ──────── ─────────     ───────────── subject, passive verb, agent
/// Lorsque la Région verse la subvention, elle en informe l'association.
/// (subordinate: skipped) ────────────── main clause: subject "elle", verb informer (present)
/// ```
struct ClauseReader: Sendable {
    /// A main clause found in a sentence.
    struct Clause: Equatable {
        /// Tokens of the subject noun phrase (for a passive, its grammatical subject).
        var subject: Range<Int>
        /// The finite verb (for a modal or a passive: the finite auxiliary).
        var verb: Int
        /// The last token of the verb group (`remis` in `est remis`, `transmettre` in `doit transmettre`).
        var verbEnd: Int
        /// Tokens of the agent after `par`, for a passive.
        var agent: Range<Int>?
        var negated: Bool
        /// The words that close a negation after the verb (`pas` in `ne prête pas`).
        var negationEnd: Range<Int>? = nil
        /// Present or future indicative, third person, of a verb that prescribes an action.
        var prescribes: Bool
        /// The modality a modal verb gives (`doit` → obligation, `peut` → permission), if any.
        var modal: Obligation.Modality?
        /// The verb binds whoever its subject is (`assure`, `prend en charge`).
        var binds = false
    }

    private let morphology: Morphology?
    let words: FunctionWords
    /// Lemma keys (``WordReading/key(_:)``) of the verbs that state rather than prescribe.
    private let nonAction: Set<UInt64>
    private let impersonalHeads: WordSet
    /// Verbs that bind any subject, by lemma, with the words that must follow them.
    private let bindingVerbs: [UInt64: [[Word]]]
    /// Endings of agent nouns (`eur`, `aire`) and nouns of bodies (`comité`), folded.
    private let agentEndings: [[Unicode.Scalar]]
    private let notAgentEndings: [[Unicode.Scalar]]
    private let bodies: WordSet
    /// Determiners and pronouns that show a gender (`le`, `la`, `il`, `elle`).
    private let genderOf: WordTable<WordReading.Genders>
    private let modals: [UInt64: Obligation.Modality]
    private static let comma: Word = ","

    init(lexicons: LexiconSet, words: FunctionWords, morphology: Morphology?) throws {
        self.morphology = morphology
        self.words = words
        nonAction = Set(try lexicons.entries("non-action-verbs").map(WordReading.key))
        impersonalHeads = WordSet(try lexicons.entries("impersonal-heads").flatMap { Tokenizer.phrase($0) })
        var bindingVerbs: [UInt64: [[Word]]] = [:]
        for entry in try lexicons.entries("binding-verbs") {
            let parts = entry.split(separator: " ", maxSplits: 1).map(String.init)
            bindingVerbs[WordReading.key(parts[0]), default: []].append(parts.count > 1 ? Tokenizer.phrase(parts[1]) : [])
        }
        self.bindingVerbs = bindingVerbs
        let agentNouns = try lexicons.pairs("agent-nouns")
        agentEndings = agentNouns.filter { $0.value == "ending" }.map { Array($0.key.lowercased().unicodeScalars) }
        notAgentEndings = agentNouns.filter { $0.value == "not" }.map { Array($0.key.lowercased().unicodeScalars) }
        bodies = WordSet(agentNouns.filter { $0.value == "body" }.map(\.key))
        var genderOf = WordTable<WordReading.Genders>()
        for (word, gender) in try lexicons.pairs("gendered-words") {
            guard let value = ["masculine": WordReading.Genders.masculine, "feminine": .feminine][gender] else {
                throw LexiconError.unreadable("gendered-words.txt: unknown gender '\(gender)' for '\(word)'")
            }
            for token in Tokenizer.phrase(word) { genderOf[token] = value }
        }
        self.genderOf = genderOf
        var modals: [UInt64: Obligation.Modality] = [:]
        for (lemma, value) in try lexicons.pairs("modal-verbs") {
            guard let modality = Obligation.Modality(rawValue: value) else {
                throw LexiconError.unreadable("modal-verbs.txt: unknown modality '\(value)' for '\(lemma)'")
            }
            modals[WordReading.key(lemma)] = modality
        }
        self.modals = modals
    }

    private static let etre = WordReading.key("être")

    /// A capital letter of French (A–Z, À–Þ), without a Unicode property lookup.
    private static func isCapital(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        return v >= 65 && v <= 90 || v >= 0xC0 && v <= 0xDE && v != 0xD7 || v == 0x152
    }

    /// The last letters of every finite form of the third person (`verse`, `doit`, `prend`,
    /// `versera`, `versent`): a word ending otherwise is not looked up as a verb.
    private static let thirdPersonEndings: [Token.Suffix] = ["e", "t", "d", "a"]

    /// Whether morphology is available (Hunspell's French dictionary is installed).
    var canRead: Bool { morphology != nil }

    /// Whether one of `lemmas` is a binding verb whose following words come after `verb`.
    private func binds(_ lemmas: [UInt64], after verb: Int, in tokens: [Token], limit: Int) -> Bool {
        lemmas.contains { lemma in
            (bindingVerbs[lemma] ?? []).contains { tail in
                verb + tail.count < limit && tail.enumerated().allSatisfy { tokens[verb + 1 + $0.offset].word == $0.element }
            }
        }
    }

    /// Whether the words at `tokens[0...]` open with a binding verb (an item `- assure le suivi`).
    func opensWithBindingVerb(_ tokens: [Token], scalars: [Unicode.Scalar]) -> Bool {
        guard let morphology, let first = tokens.first, first.isWord else { return false }
        return binds(morphology.form(of: scalars[first.start..<first.end]).finiteThird.map(\.lemmaKey), after: 0, in: tokens, limit: tokens.count)
    }

    /// Whether a line opens with a visa or a considérant (`Vu la loi …`, `Considérant que …`).
    func isRecital(_ tokens: [Token]) -> Bool {
        tokens.first.map { words.has(.recital, $0.word) } ?? false
    }

    /// The index of the first token after a leading negation (`ne pas céder …`, `n'apporter
    /// aucune modification`), or nil when the tokens do not open with one.
    func leadingNegation(_ tokens: [Token]) -> Int? {
        guard tokens.count >= 2, words.has(.negation, tokens[0].word) else { return nil }
        if words.has(.negationEnd, tokens[1].word) { return 2 }
        return nil
    }

    /// The subject of a duty, if the noun phrase names a person or a body (`le stagiaire`, `la
    /// caisse locale`, `l'employeur`, `le CEF`) rather than a thing (`le bilan`, `ces
    /// informations`): the phrase up to its first participle or relative (`Un comité de pilotage
    /// composé de …` → `Un comité de pilotage`).
    func personSubject(_ tokens: [Token], phrase: Range<Int>, scalars: [Unicode.Scalar]) -> Range<Int>? {
        guard let morphology, let opening = tokens[phrase].first, words.has([.determiner, .towards], opening.word),
              let headIndex = tokens[phrase].firstIndex(where: { $0.isWord && words.roles($0.word).isEmpty }) else { return nil }
        let head = tokens[headIndex]
        guard !impersonalHeads.contains(head.word) else { return nil }
        let text = String(scalars: scalars[head.start..<head.end])
        let isAcronym = head.length >= 2 && scalars[head.start..<head.end].allSatisfy { $0.properties.isUppercase }
        guard isAcronym || bodies.contains(head.word) || isAgentNoun(scalars[head.start..<head.end]),
              isAcronym || morphology.form(of: scalars[head.start..<head.end]).isNoun else { return nil }
        var end = headIndex + 1
        while end < phrase.upperBound {
            let word = tokens[end]
            if word.word == Self.comma || isSubordinator(word) { break }
            if word.isWord, words.roles(word.word).isEmpty {
                // "Un comité composé de …", "Les CEF restent …": the phrase ends at a participle or a verb.
                let form = morphology.form(of: scalars[word.start..<word.end])
                if form.isPastParticipleOnly || !form.finiteThird.isEmpty && !form.isNoun { break }
            }
            end += 1
        }
        return phrase.lowerBound..<end
    }

    /// A cheap look at a sentence's first words: a determiner, then a noun of a body, an agent
    /// noun or an acronym (`Le référent …`, `La caisse …`, `Le CEF …`) — not a verb read.
    func mayNameSomeone(_ tokens: [Token], sentence: Range<Int>, scalars: [Unicode.Scalar]) -> Bool {
        var k = sentence.lowerBound
        while k < sentence.upperBound, k - sentence.lowerBound < 3, words.has(.determiner, tokens[k].word) { k += 1 }
        guard k > sentence.lowerBound, k < sentence.upperBound, tokens[k].isWord else { return false }
        let head = tokens[k]
        if bodies.contains(head.word) { return true }
        let text = scalars[head.start..<head.end]
        if head.length >= 2, text.allSatisfy({ $0.value >= 65 && $0.value <= 90 }) { return true }
        return isAgentNoun(text)
    }

    /// `employeur`, `stagiaires`, `salarié`: compared with accents (`é` is not `e`), scalar by
    /// scalar, without building a string.
    private func isAgentNoun(_ word: some BidirectionalCollection<Unicode.Scalar>) -> Bool {
        var lower = word.map(Self.lowercase)
        if let last = lower.last, last == "s" || last == "x" { lower.removeLast() }
        func ends(with ending: [Unicode.Scalar]) -> Bool { lower.count >= ending.count && lower.suffix(ending.count).elementsEqual(ending) }
        if notAgentEndings.contains(where: ends) { return false }
        return agentEndings.contains { ends(with: $0) && lower.count > $0.count + 2 }
    }

    /// A letter of French in lower case (A–Z and À–Þ shifted, others as they are).
    private static func lowercase(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        let v = scalar.value
        if v >= 65 && v <= 90 || v >= 0xC0 && v <= 0xDE && v != 0xD7 { return Unicode.Scalar(v + 0x20)! }
        return scalar
    }


    /// The gender of the noun phrase whose first word is at `index`: from its determiner (`le`,
    /// `la`), else from the dictionary (`l'association` → feminine).
    func gender(_ tokens: [Token], at index: Int, scalars: [Unicode.Scalar]) -> WordReading.Genders? {
        if index > 0, let gender = genderOf[tokens[index - 1].word] { return gender }
        guard let morphology, index < tokens.count else { return nil }
        let token = tokens[index]
        let genders = morphology.form(of: scalars[token.start..<token.end]).nounGenders
        return genders == .masculine || genders == .feminine ? genders : nil
    }

    /// Whether a sentence opens with a subordinate clause (`Si …`, `Lorsque …`).
    func opensWithSubordinate(_ tokens: ArraySlice<Token>) -> Bool {
        tokens.first.map { words.has(.opener, $0.word) } ?? false
    }

    /// Whether `tokens` open with a determiner and a noun that is not a pronoun (`le nombre de
    /// …`, `L'évaluation …`).
    func opensNounPhrase(_ tokens: some Collection<Token>) -> Bool {
        guard let first = tokens.first, words.has(.determiner, first.word) else { return false }
        return tokens.dropFirst().first.map { $0.isWord && words.roles($0.word).isEmpty } ?? false
    }

    /// The gender a pronoun stands for (`il`, `ils` → masculine; `elle` → feminine).
    func pronounGender(_ token: Token) -> WordReading.Genders? { genderOf[token.word] }

    /// The main clauses of `tokens[sentence]`, left to right: each finite verb whose subject
    /// noun phrase stands before it, outside a subordinate clause.
    func clauses(_ tokens: [Token], sentence: Range<Int>, scalars: [Unicode.Scalar]) -> [Clause] {
        guard let morphology else { return [] }
        var clauses: [Clause] = []
        var i = sentence.lowerBound
        // "Si, dans ce délai, l'association conteste les faits qui lui sont reprochés, la Région
        // …": the verbs after an opening subordinator belong to the subordinate clause until the
        // comma that follows its first verb.
        var inSubordinate = words.has(.opener, tokens[sentence.lowerBound].word)
        var subordinateVerbSeen = false
        while i < sentence.upperBound {
            defer { i += 1 }
            let token = tokens[i]
            if inSubordinate, subordinateVerbSeen, token.word == Self.comma {
                inSubordinate = false
                continue
            }
            // No finite verb follows a preposition or a determiner other than an article (which
            // may be an object pronoun: "la Région les transmet").
            guard token.isWord, !token.startsWithDigit, token.length > 1, Self.thirdPersonEndings.contains(where: token.hasSuffix),
                  words.roles(token.word).isEmpty,
                  i == sentence.lowerBound || !words.has([.preposition, .determiner], tokens[i - 1].word) || words.has(.article, tokens[i - 1].word),
                  i == sentence.lowerBound || !Self.isCapital(scalars[token.start]) else { continue }
            let form = morphology.form(of: scalars[token.start..<token.end])
            let finite = form.finiteThird
            guard !finite.isEmpty else { continue }
            // A word that may be a noun is a noun after a determiner ("la règle", "le verse"),
            // unless the article is an object pronoun after a noun ("le directeur l'informe").
            if form.mayBeNominal, i > sentence.lowerBound, words.has([.determiner, .preposition], tokens[i - 1].word),
               !isObjectPronoun(tokens, at: i - 1, sentence: sentence, scalars: scalars) { continue }
            if inSubordinate {
                subordinateVerbSeen = true
                continue
            }
            guard let subject = subject(tokens, before: i, sentence: sentence, scalars: scalars) else { continue }
            clauses.append(clause(tokens, verb: i, readings: finite, subject: subject, sentence: sentence, scalars: scalars))
            // The next main clause starts after a coordinating boundary; skip this verb's group.
            i = clauses[clauses.count - 1].verbEnd
        }
        return clauses
    }

    /// Whether the article at `index` stands for an object (`l'` in `le directeur l'informe`): it
    /// follows a noun or a name, not a verb, a preposition or another determiner.
    private func isObjectPronoun(_ tokens: [Token], at index: Int, sentence: Range<Int>, scalars: [Unicode.Scalar]) -> Bool {
        guard words.has(.article, tokens[index].word), index > sentence.lowerBound, let morphology else { return false }
        let before = tokens[index - 1]
        guard before.isWord, !before.startsWithDigit, words.roles(before.word).isEmpty else { return false }
        if Self.isCapital(scalars[before.start]) { return true }
        let form = morphology.form(of: scalars[before.start..<before.end])
        return form.isNoun && form.finiteThird.isEmpty
    }

    /// The subject noun phrase of a verb at `verb`: the words back to the previous boundary,
    /// over clitics and negation and over an incise between commas; nil when the verb stands in a
    /// subordinate clause or has no noun phrase before it.
    func subject(_ tokens: [Token], before verb: Int, sentence: Range<Int>, scalars: [Unicode.Scalar]) -> Range<Int>? {
        // Clitics and negation before the verb, and an article among them standing for an object
        // ("le directeur l'en avertit").
        var end = verb
        while end > sentence.lowerBound, words.has([.clitic, .negation], tokens[end - 1].word)
                || words.has(.article, tokens[end - 1].word) && isObjectPronoun(tokens, at: end - 1, sentence: sentence, scalars: scalars) { end -= 1 }
        // "L'Etat, représenté par le préfet, assure …": pass over the incise.
        if end > sentence.lowerBound, tokens[end - 1].word == Self.comma {
            var k = end - 2
            while k >= sentence.lowerBound, k > end - 16, tokens[k].word != Self.comma, !words.has(.boundary, tokens[k].word) { k -= 1 }
            guard k >= sentence.lowerBound, tokens[k].word == Self.comma else { return nil }
            end = k
        }
        var start = end
        while start > sentence.lowerBound, end - start < 14 {
            let word = tokens[start - 1].word
            if word == Self.comma || words.has([.boundary, .subordinator, .opener], word) { break }
            start -= 1
        }
        // A relative "qui" right before the verb: its antecedent is the subject ("… au
        // département qui en accepte l'exploitation").
        if start == end, start > sentence.lowerBound, words.has(.relative, tokens[start - 1].word) {
            return antecedent(tokens, before: start - 1, sentence: sentence)
        }
        guard start < end else { return nil }
        // A subordinate clause ("lorsque la Région verse …", "… que l'association transmet").
        if start > sentence.lowerBound, isSubordinator(tokens[start - 1]) { return nil }
        if isSubordinator(tokens[start]) { return nil }
        return start..<end
    }

    /// The noun phrase a relative `qui` stands for: the words before it back to a preposition
    /// or a boundary (`au département de la Charente-Maritime qui …` → `département de la
    /// Charente-Maritime`).
    private func antecedent(_ tokens: [Token], before relative: Int, sentence: Range<Int>) -> Range<Int>? {
        // The longest noun phrase that ends at "qui" and opens after a preposition or a boundary:
        // "concédée à la commune de Granville qui" → "la commune de Granville", not "Granville".
        var best: Int?
        var start = relative
        while start > sentence.lowerBound, relative - start < 8 {
            let word = tokens[start - 1].word
            if word == Self.comma || words.has([.boundary, .subordinator, .opener], word) { break }
            if words.has(.preposition, word) { best = start }
            start -= 1
        }
        if best == nil, start == sentence.lowerBound || tokens[start - 1].word == Self.comma
            || words.has([.boundary, .subordinator, .opener], tokens[start - 1].word) {
            best = start
        }
        guard let best, best < relative else { return nil }
        return best..<relative
    }

    private func isSubordinator(_ token: Token) -> Bool {
        words.has([.subordinator, .opener], token.word)
    }

    private func clause(_ tokens: [Token], verb: Int, readings: [WordReading], subject: Range<Int>,
                        sentence: Range<Int>, scalars: [Unicode.Scalar]) -> Clause {
        let negated = verb > sentence.lowerBound && words.has(.negation, tokens[verb - 1].word)
            || verb > sentence.lowerBound + 1 && words.has(.negation, tokens[verb - 2].word)
        var next = verb + 1
        while next < sentence.upperBound, words.has(.negationEnd, tokens[next].word) { next += 1 }
        let lemmas = readings.map(\.lemmaKey)
        let tenses = readings.reduce(into: WordReading.Forms()) { $0.formUnion($1.forms) }
        var result = Clause(subject: subject, verb: verb, verbEnd: verb, agent: nil, negated: negated,
                            negationEnd: negated && next > verb + 1 ? (verb + 1)..<next : nil, prescribes: false, modal: nil)
        if let modal = lemmas.lazy.compactMap({ self.modals[$0] }).first {
            result.modal = modal
            // "doit être remis par l'association", "il pourra y être mis fin par …": the passive's
            // agent is bound.
            var infinitive = next
            while infinitive < sentence.upperBound, words.has(.clitic, tokens[infinitive].word) { infinitive += 1 }
            let participle = skippingAdverbs(tokens, from: infinitive + 1, sentence: sentence, scalars: scalars)
            if participle < sentence.upperBound, isForm(tokens[infinitive], of: "être", .infinitive, scalars),
               isPastParticiple(tokens[participle], scalars) {
                result.verbEnd = participle
                result.agent = agent(tokens, after: participle + 1, sentence: sentence, scalars: scalars)
            }
            return result
        }
        let participle = skippingAdverbs(tokens, from: next, sentence: sentence, scalars: scalars)
        if lemmas.contains(Self.etre), participle < sentence.upperBound, isPastParticiple(tokens[participle], scalars) {
            // "seront directement pris en charge par le Département".
            result.verbEnd = participle
            result.agent = agent(tokens, after: participle + 1, sentence: sentence, scalars: scalars)
            result.prescribes = result.agent != nil && !tenses.isDisjoint(with: [.present, .future])
            return result
        }
        result.binds = binds(lemmas, after: verb, in: tokens, limit: sentence.upperBound)
        let acts = lemmas.contains { !nonAction.contains($0) }
        // "Le Département précise que …": a verb that introduces a clause declares, it does not act.
        let declares = next < sentence.upperBound && isSubordinator(tokens[next]) && !words.has(.relative, tokens[next].word)
        result.prescribes = acts && !declares && !tenses.isDisjoint(with: [.present, .future])
        return result
    }

    /// The noun phrase after `par` that closes a passive's verb group (`remis par l'association`).
    private func agent(_ tokens: [Token], after start: Int, sentence: Range<Int>, scalars: [Unicode.Scalar]) -> Range<Int>? {
        var k = start
        // "remis chaque année par l'association", "résiliée, moyennant un préavis, par l'une ou
        // l'autre des parties": complements and one incise between commas may come between.
        var commas = 0
        while k < sentence.upperBound, k - start < 14, !words.has(.agent, tokens[k].word) {
            if tokens[k].word == Self.comma {
                commas += 1
                if commas > 2 { return nil }
            }
            // "partagée avec les opérateurs délégués par …": "par" belongs to another participle.
            if words.has(.boundary, tokens[k].word) || isPastParticiple(tokens[k], scalars) { return nil }
            k += 1
        }
        // An incise is closed: "par" after one comma only belongs to a new clause.
        guard commas != 1 else { return nil }
        guard k < sentence.upperBound, words.has(.agent, tokens[k].word) else { return nil }
        var end = k + 1
        while end < sentence.upperBound, end - k <= 10, tokens[end].word != Self.comma, !words.has(.boundary, tokens[end].word),
              !isSubordinator(tokens[end]) { end += 1 }
        return k + 1 < end ? (k + 1)..<end : nil
    }

    /// The index of the first token from `start` that is not an adverb (`directement`, `bien`).
    private func skippingAdverbs(_ tokens: [Token], from start: Int, sentence: Range<Int>, scalars: [Unicode.Scalar]) -> Int {
        guard let morphology else { return start }
        var k = start
        while k < sentence.upperBound, k - start < 2, tokens[k].isWord, words.roles(tokens[k].word).isEmpty,
              morphology.form(of: scalars[tokens[k].start..<tokens[k].end]).isAdverb { k += 1 }
        return k
    }

    private func isPastParticiple(_ token: Token, _ scalars: [Unicode.Scalar]) -> Bool {
        guard token.isWord, let morphology else { return false }
        return morphology.form(of: scalars[token.start..<token.end]).mayBePastParticiple
    }

    private func isForm(_ token: Token, of lemma: String, _ form: WordReading.Forms, _ scalars: [Unicode.Scalar]) -> Bool {
        guard token.isWord, let morphology else { return false }
        return morphology.form(of: scalars[token.start..<token.end]).isForm(of: lemma, in: form)
    }
}
