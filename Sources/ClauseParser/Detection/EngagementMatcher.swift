import ConventionModel
import Lexicons

/// Finds the verb phrase of a commitment in a sentence and its modality, from
/// `Lexicons/lists/engagement-verbs.txt` and `engagement-adverbs.txt`.
///
/// `Pôle emploi s'engage également à transmettre …` → trigger `s'engage également à`, obligation;
/// `L'association s'interdit de …` → prohibition; `La Ville pourra …` → permission;
/// `Le prestataire ne pourra en aucun cas …` → prohibition; `La Région s'engage à :` → a lead-in.
struct EngagementMatcher: Sendable {
    struct Trigger: Sendable {
        /// Token range of the trigger in the sentence (verb, adverbs, preposition, negation);
        /// `endToken` is where the promised action starts.
        var firstToken: Int
        var endToken: Int
        /// End of the words reported as the trigger (`Il appartient à` in `Il appartient à
        /// l'association de déclarer`); `endToken` when nil.
        var wordsEnd: Int?
        /// Tokens of a subject that stands inside the trigger (`l'association` above).
        var subject: Range<Int>?
        var modality: Obligation.Modality
        /// Nothing follows the trigger but `:` or the end of the line: a list follows.
        var isLeadIn: Bool
    }

    private struct Verb: Sendable {
        var modality: Obligation.Modality
        /// The preposition the verb needs (`à` or `de`), nil for modal verbs (`doit`).
        var preposition: Preposition?
        /// The subject stands between the verb and its preposition (`il appartient à … de`).
        var subjectInside = false
    }

    private let verbs: PhraseMatcher<Verb>
    /// The words an engagement verb phrase starts with.
    var firstWords: [Word] { verbs.firstWords }
    private let adverbs: PhraseMatcher<Bool>

    /// The two prepositions an engagement verb governs, whatever their contracted form.
    private enum Preposition: Sendable { case a, de }

    private static let prepositions: WordTable<Preposition> = {
        var table = WordTable<Preposition>()
        for word in ["a", "au", "aux"] { table[Word(word)] = .a }
        for word in ["de", "d'", "du", "des"] { table[Word(word)] = .de }
        return table
    }()
    private static let negations: WordSet = ["ne", "n'"]
    private static let negationEnds: WordSet = ["pas", "jamais", "aucun", "aucune", "plus", "nullement", "point"]
    private static let negationTails: WordSet = ["en", "cas", "aucun"]
    private static let towards: WordSet = ["aupres", "envers", "vis-a-vis", "vis"]
    private static let partitives: WordSet = ["de", "du", "des", "d'"]
    /// What may follow a modal verb before its infinitive (`doit s'assurer`, `peut leur proposer`).
    private static let clitics: WordSet = ["ne", "n'", "se", "s'", "en", "y", "leur", "lui", "le", "la", "les", "l'", ":"]
    private static let colon: Word = ":"
    private static let comma: Word = ","
    private static let etre: Word = "etre"

    /// The roles of function words: what opens a complement between a modal verb and its infinitive.
    private let words: FunctionWords

    init(lexicons: LexiconSet, words: FunctionWords) throws {
        self.words = words
        var verbPhrases: [(words: [Word], payload: Verb)] = []
        for (phrase, value) in try lexicons.pairs("engagement-verbs") {
            guard let modality = Obligation.Modality(rawValue: value) else {
                throw LexiconError.unreadable("engagement-verbs.txt: unknown modality '\(value)' for '\(phrase)'")
            }
            // "il appartient à … de": the subject fills the gap.
            let parts = phrase.components(separatedBy: "…")
            var words = Tokenizer.phrase(parts[0])
            var preposition: Preposition?
            if parts.count == 2, let tail = Tokenizer.phrase(parts[1]).first, let cls = Self.prepositions[tail] {
                verbPhrases.append((words, Verb(modality: modality, preposition: cls, subjectInside: true)))
                continue
            }
            if let last = words.last, let cls = Self.prepositions[last], words.count > 1 {
                preposition = cls
                words.removeLast()
            }
            verbPhrases.append((words, Verb(modality: modality, preposition: preposition)))
        }
        verbs = PhraseMatcher(verbPhrases)
        adverbs = PhraseMatcher(phrases: try lexicons.entries("engagement-adverbs"), payload: true)
    }

    /// The first trigger in `tokens[range]`.
    func firstTrigger(in tokens: [Token], range: Range<Int>) -> Trigger? {
        var i = range.lowerBound
        while i < range.upperBound {
            if let (length, verb) = verbs.match(tokens, at: i),
               let trigger = trigger(verb, length: length, in: tokens, at: i, limit: range.upperBound) {
                return trigger
            }
            i += 1
        }
        return nil
    }

    /// The trigger made by `verb`, whose words are the `length` tokens at `index`, if what
    /// follows the verb makes it a commitment.
    private func trigger(_ verb: Verb, length: Int, in tokens: [Token], at index: Int, limit: Int) -> Trigger? {
        if verb.subjectInside, let preposition = verb.preposition {
            let start = index + length
            var k = start
            while k < limit, k - start <= 14, tokens[k].word != Self.colon, Self.prepositions[tokens[k].word] != preposition || k == start { k += 1 }
            // "L'État donne mandat à la SGFGAS :" then the items, each with its "de".
            if k < limit, k > start, tokens[k].word == Self.colon {
                return Trigger(firstToken: index, endToken: k + 1, wordsEnd: start, subject: start..<k, modality: verb.modality, isLeadIn: true)
            }
            guard k < limit, k > start, k - start <= 8, Self.prepositions[tokens[k].word] == preposition else { return nil }
            return Trigger(firstToken: index, endToken: k + 1, wordsEnd: start, subject: start..<k,
                           modality: verb.modality, isLeadIn: k + 1 >= limit || tokens[k + 1].word == Self.colon)
        }
        var negated = index > 0 && Self.negations.contains(tokens[index - 1].word)
        var j = index + length
        j = skipInsertions(tokens, from: j, limit: limit)
        if negated {
            while j < limit, Self.negationEnds.contains(tokens[j].word) || Self.negationTails.contains(tokens[j].word) { j += 1 }
        }
        if let preposition = verb.preposition {
            // "s'engage auprès du Conseil départemental à soutenir …"
            if j < limit, Self.towards.contains(tokens[j].word) {
                var k = j + 1
                while k < limit, k - j <= 8, Self.prepositions[tokens[k].word] != preposition || Self.partitives.contains(tokens[k].word) && k == j + 1 { k += 1 }
                if k < limit, k - j <= 8, Self.prepositions[tokens[k].word] == preposition, k + 1 < limit, Self.isInfinitive(tokens[k + 1]) || tokens[k + 1].word == Self.colon {
                    j = k
                }
            }
            if j < limit, Self.prepositions[tokens[j].word] == preposition {
                j += 1
            } else if j < limit, tokens[j].word == Self.colon {
                // "Pôle emploi est chargé :" — each item carries the preposition.
            } else if limit - j <= 15, limit - 1 - j >= 2, tokens[limit - 1].word == Self.colon {
                // ("est tenu informé :" is a passive state, not "tenu de".)
                // "Les partenaires conviennent dans le cadre de cette convention de :",
                // "Pôle emploi est chargé pour les publics qu'il reçoit :" — the items carry the action.
                j = limit - 1
            } else {
                return nil
            }
        } else {
            // A modal verb must govern an infinitive ("doit transmettre", "peut, si …, bénéficier"),
            // and not a passive ("peuvent être mobilisées", "pourra être résiliée").
            guard j < limit else { return nil }
            let next = tokens[j]
            if next.word == Self.etre, j + 1 < limit, Self.isPastParticiple(tokens[j + 1]) { return nil }
            if !(Self.isInfinitive(next) || Self.clitics.contains(next.word)) {
                guard let infinitive = infinitive(afterComplementAt: j, in: tokens, limit: limit) else { return nil }
                j = infinitive
            }
        }
        // "s'engage à ne pas …"
        if j + 1 < limit, Self.negations.contains(tokens[j].word), Self.negationEnds.contains(tokens[j + 1].word) {
            negated = true
            j += 2
        }
        let isLeadIn = j >= limit || tokens[j].word == Self.colon
        if j < limit, tokens[j].word == Self.colon { j += 1 }
        var modality = verb.modality
        if negated { modality = .prohibition }
        let first = negated && index > 0 && Self.negations.contains(tokens[index - 1].word) ? index - 1 : index
        return Trigger(firstToken: first, endToken: j, wordsEnd: nil, subject: nil, modality: modality, isLeadIn: isLeadIn)
    }

    /// The infinitive a modal verb governs across a short complement without commas
    /// (`peuvent à cette fin effectuer`, `peut à tout moment demander`), not a noun after a
    /// determiner (`dans le cadre`) or a preposition (`à partir de`).
    private func infinitive(afterComplementAt start: Int, in tokens: [Token], limit: Int) -> Int? {
        guard words.has(.preposition, tokens[start].word) else { return nil }
        var k = start + 1
        while k < limit, k - start <= Self.complementReach, tokens[k].isWord {
            if Self.isInfinitive(tokens[k]), !words.has([.determiner, .preposition], tokens[k - 1].word) { return k }
            k += 1
        }
        return nil
    }

    /// How many words a complement between a modal verb and its infinitive may have.
    private static let complementReach = 6

    /// Skips adverbs and a short incise between commas ("s'engage, dans la limite de ses moyens, à").
    private func skipInsertions(_ tokens: [Token], from start: Int, limit: Int) -> Int {
        var j = start
        while j < limit {
            if let (length, _) = adverbs.match(tokens, at: j) {
                j += length
            } else if tokens[j].word == Self.comma {
                var k = j + 1
                while k < limit, k - j <= 12, tokens[k].word != Self.comma { k += 1 }
                guard k < limit, tokens[k].word == Self.comma, k - j <= 12 else { return j + 1 }
                j = k + 1
            } else {
                break
            }
        }
        return j
    }

    private static let participleEndings: [Token.Suffix] = ["e", "ee", "es", "ees", "i", "ie", "is", "ies", "u", "ue", "us", "ues", "it", "ite", "its", "ites"]
    private static let infinitiveEndings: [Token.Suffix] = ["er", "ir", "re"]

    /// `mobilisées`, `résiliée`, `conclu` (and not an infinitive).
    static func isPastParticiple(_ token: Token) -> Bool {
        token.length > 3 && participleEndings.contains { token.hasSuffix($0) } && !isInfinitive(token)
    }

    /// `transmettre`, `assurer`, `fournir`, `recevoir`.
    static func isInfinitive(_ token: Token) -> Bool {
        token.length > 3 && infinitiveEndings.contains { token.hasSuffix($0) }
    }
}
