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
        /// The preposition class the verb needs (`a` or `de`), nil for modal verbs (`doit`).
        var preposition: String?
        /// The subject stands between the verb and its preposition (`il appartient à … de`).
        var subjectInside = false
    }

    private let verbs: PhraseMatcher<Verb>
    private let adverbs: PhraseMatcher<Bool>

    private static let prepositions: [String: String] = ["a": "a", "au": "a", "aux": "a", "de": "de", "d'": "de", "du": "de", "des": "de"]
    private static let negationEnds: Set<String> = ["pas", "jamais", "aucun", "aucune", "plus", "nullement", "point"]

    init(lexicons: LexiconSet) throws {
        var verbPhrases: [(words: [String], payload: Verb)] = []
        for (phrase, value) in try lexicons.pairs("engagement-verbs") {
            guard let modality = Obligation.Modality(rawValue: value) else {
                throw LexiconError.unreadable("engagement-verbs.txt: unknown modality '\(value)' for '\(phrase)'")
            }
            // "il appartient à … de": the subject fills the gap.
            let parts = phrase.components(separatedBy: "…")
            var words = Tokenizer.phrase(parts[0])
            var preposition: String?
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
        adverbs = PhraseMatcher(try lexicons.entries("engagement-adverbs").map { (Tokenizer.phrase($0), true) })
    }

    /// The first trigger in `tokens[range]`.
    func firstTrigger(in tokens: [Token], range: Range<Int>) -> Trigger? {
        var i = range.lowerBound
        while i < range.upperBound {
            if let trigger = trigger(in: tokens, at: i, limit: range.upperBound) { return trigger }
            i += 1
        }
        return nil
    }

    private func trigger(in tokens: [Token], at index: Int, limit: Int) -> Trigger? {
        guard let (length, verb) = verbs.match(tokens, at: index) else { return nil }
        if verb.subjectInside, let preposition = verb.preposition {
            let start = index + length
            var k = start
            while k < limit, k - start <= 8, Self.prepositions[tokens[k].folded] != preposition || k == start { k += 1 }
            guard k < limit, k > start, Self.prepositions[tokens[k].folded] == preposition else { return nil }
            return Trigger(firstToken: index, endToken: k + 1, wordsEnd: start, subject: start..<k,
                           modality: verb.modality, isLeadIn: k + 1 >= limit || tokens[k + 1].folded == ":")
        }
        var negated = index > 0 && ["ne", "n'"].contains(tokens[index - 1].folded)
        var j = index + length
        j = skipInsertions(tokens, from: j, limit: limit)
        if negated {
            while j < limit, Self.negationEnds.contains(tokens[j].folded) || ["en", "cas", "aucun"].contains(tokens[j].folded) { j += 1 }
        }
        if let preposition = verb.preposition {
            // "s'engage auprès du Conseil départemental à soutenir …"
            if j < limit, ["aupres", "envers", "vis-a-vis", "vis"].contains(tokens[j].folded) {
                var k = j + 1
                while k < limit, k - j <= 8, Self.prepositions[tokens[k].folded] != preposition || ["de", "du", "des", "d'"].contains(tokens[k].folded) && k == j + 1 { k += 1 }
                if k < limit, k - j <= 8, Self.prepositions[tokens[k].folded] == preposition, k + 1 < limit, Self.isInfinitive(tokens[k + 1].folded) || tokens[k + 1].folded == ":" {
                    j = k
                }
            }
            if j < limit, Self.prepositions[tokens[j].folded] == preposition {
                j += 1
            } else if j < limit, tokens[j].folded == ":" {
                // "Pôle emploi est chargé :" — each item carries the preposition.
            } else if limit - j <= 15, tokens[limit - 1].folded == ":" {
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
            let next = tokens[j].folded
            if next == "etre", j + 1 < limit, Self.isPastParticiple(tokens[j + 1].folded) { return nil }
            if !(Self.isInfinitive(next) || ["ne", "n'", "se", "s'", "en", "y", "leur", "lui", "le", "la", "les", "l'", ":"].contains(next)) {
                return nil
            }
        }
        // "s'engage à ne pas …"
        if j + 1 < limit, ["ne", "n'"].contains(tokens[j].folded), Self.negationEnds.contains(tokens[j + 1].folded) {
            negated = true
            j += 2
        }
        let isLeadIn = j >= limit || tokens[j].folded == ":"
        if j < limit, tokens[j].folded == ":" { j += 1 }
        var modality = verb.modality
        if negated { modality = .prohibition }
        let first = negated && index > 0 && ["ne", "n'"].contains(tokens[index - 1].folded) ? index - 1 : index
        return Trigger(firstToken: first, endToken: j, wordsEnd: nil, subject: nil, modality: modality, isLeadIn: isLeadIn)
    }

    /// Skips adverbs and a short incise between commas ("s'engage, dans la limite de ses moyens, à").
    private func skipInsertions(_ tokens: [Token], from start: Int, limit: Int) -> Int {
        var j = start
        while j < limit {
            if let (length, _) = adverbs.match(tokens, at: j) {
                j += length
            } else if tokens[j].folded == "," {
                var k = j + 1
                while k < limit, k - j <= 12, tokens[k].folded != "," { k += 1 }
                guard k < limit, tokens[k].folded == ",", k - j <= 12 else { return j + 1 }
                j = k + 1
            } else {
                break
            }
        }
        return j
    }

    static func isPastParticiple(_ word: String) -> Bool {
        ["e", "ee", "es", "ees", "i", "ie", "is", "ies", "u", "ue", "us", "ues", "it", "ite", "its", "ites"].contains { word.count > 3 && word.hasSuffix($0) }
            && !isInfinitive(word)
    }

    static func isInfinitive(_ word: String) -> Bool {
        word.count > 3 && (word.hasSuffix("er") || word.hasSuffix("ir") || word.hasSuffix("re") || word.hasSuffix("oir"))
    }
}
