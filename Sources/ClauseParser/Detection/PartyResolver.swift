import ConventionModel

/// Tells which parties a subject designates: `La Région et Pôle emploi` → both;
/// `les partenaires`, `chaque partie` → all; `Les services de la Région` → the Région;
/// `Ils` → the last joint subject (resolved by the caller); `Le bénéficiaire` → none.
struct PartyResolver: Sendable {
    enum Resolution: Equatable {
        case parties([String])
        case pronoun(plural: Bool)
        /// `ce dernier`, `celle-ci`: takes up the last person or body named, the pronoun's
        /// first token at `at`.
        case demonstrative(plural: Bool, at: Int)
        case none
    }

    private let partyIDs: [String]
    private let keys: PhraseMatcher<String>
    private let joint: PhraseMatcher<Bool>
    /// The first words of every mention, joint or not: most tokens are passed over at once.
    private let mentionStarts: WordSet
    private let nonPartyHeads: WordSet
    /// Nouns for a party's staff or organs (`les services de la Région`): they bind their party.
    private let staffHeads: WordSet
    /// The institution each party is (`commune`, `département`), by the first word of its name,
    /// and the adjectives that point to one (`la police municipale` → the commune).
    private let institutionParties: [String: String]
    private let institutionAdjectives: WordTable<String>
    /// Titles that act for an institution (`le préfet`, `les commissaires du Gouvernement`).
    private let officers: PhraseMatcher<String>
    private let demonstratives: PhraseMatcher<Bool>
    /// Every word that may open a mention: party keys, joint subjects, pronouns, and the
    /// adjectives of the parties' institutions — one lookup a token.
    private let mayStartMention: WordSet

    init(parties: [Party], vocabulary: PartyVocabulary) {
        partyIDs = parties.map(\.id)
        var keysByParty: [String: Set<[Word]>] = [:]
        for party in parties {
            var forms: [String] = [party.name] + party.aliases
            let nameWords = Tokenizer.phrase(party.name)
            for (key, shortForms) in vocabulary.designators where Self.contains(key, in: nameWords) {
                forms.append(contentsOf: shortForms)
            }
            // The head of the name before its complement: "Conseil départemental des Bouches-du-Rhône".
            for separator in [" des ", " du ", " de ", " d'"] {
                if let r = party.name.range(ofExactly: separator) {
                    let head = String(party.name[..<r.lowerBound])
                    if head.count > 3 { forms.append(head) }
                    break
                }
            }
            // An acronym in the name: "PLIE du Pays de Martigues".
            for word in party.name.split(separator: " ") where word.count >= 3 && word.allSatisfy({ $0.isUppercase || $0 == "-" }) {
                forms.append(String(word))
            }
            var phrases = Set<[Word]>()
            for form in forms {
                var words = Tokenizer.phrase(PartyDetector.dropDeterminer(form))
                if let first = words.first, Self.articles.contains(first) { words.removeFirst() }
                if !words.isEmpty { phrases.insert(words) }
            }
            keysByParty[party.id] = phrases
        }
        // A form shared by two parties designates neither.
        var owners: [[Word]: Set<String>] = [:]
        for (id, phrases) in keysByParty { for phrase in phrases { owners[phrase, default: []].insert(id) } }
        keys = PhraseMatcher(owners.filter { $0.value.count == 1 }.map { ($0.key, $0.value.first!) })
        joint = vocabulary.jointSubjects
        mentionStarts = WordSet(joint.firstWords + keys.firstWords)
        nonPartyHeads = vocabulary.nonPartyHeads
        staffHeads = vocabulary.staffHeads
        var institutionParties: [String: String] = [:]
        var institutionCounts: [String: Int] = [:]
        for party in parties {
            guard let first = PartyDetector.dropDeterminer(party.name).split(separator: " ").first else { continue }
            let institution = Folding.fold(String(first))
            institutionParties[institution] = party.id
            institutionCounts[institution, default: 0] += 1
        }
        // Two communes among the parties: "municipale" names neither.
        self.institutionParties = institutionParties.filter { institutionCounts[$0.key] == 1 }
        institutionAdjectives = vocabulary.institutionAdjectives
        let present = self.institutionParties
        let adjectives = vocabulary.institutionAdjectiveWords.filter { vocabulary.institutionAdjectives[$0].map { present[$0] != nil } == true }
        officers = vocabulary.actingOfficers
        demonstratives = vocabulary.demonstratives
        // A demonstrative's last word ("ce dernier") is the one a sentence is passed over for.
        mayStartMention = WordSet(joint.firstWords + keys.firstWords + Self.pronouns + adjectives + officers.firstWords
                                  + vocabulary.demonstrativeLastWords)
    }

    /// Whether `tokens` may name a party or stand for one (a mention or a pronoun): sentences
    /// without one are passed over before any grammar is read.
    func mayMention(_ tokens: ArraySlice<Token>) -> Bool {
        tokens.contains { mayStartMention.contains($0.word) }
    }

    /// The parties a noun phrase is headed by (`la Région`, `la Région et l'association`, `les
    /// services de la Région` → their party), whatever complement follows (`l'association avant le
    /// 31 mars`); nil when a party is only named inside it (`le montant de la subvention de la
    /// Région`).
    func headParties(_ tokens: ArraySlice<Token>) -> [String]? {
        // "Les forces de sécurité de l'État et la police municipale": each phrase of a
        // coordination names its own party.
        if let and = tokens.firstIndex(where: { $0.word == Self.and }), and > tokens.startIndex, and + 1 < tokens.endIndex,
           let left = singleHeadParties(tokens[..<and]), let right = headParties(tokens[(and + 1)...]) {
            return partyIDs.filter { left.contains($0) || right.contains($0) }
        }
        return singleHeadParties(tokens)
    }

    private func singleHeadParties(_ tokens: ArraySlice<Token>) -> [String]? {
        guard let head = tokens.firstIndex(where: { $0.isWord && !Self.determiners.contains($0.word) && !Self.indefinites.contains($0.word) }) else { return nil }
        let groups = groups(tokens)
        if let group = groups.first, group.start <= head, group.end > head { return group.ids }
        if staffHeads.contains(tokens[head].word) {
            // A party's staff: "les services de la Région".
            if let group = groups.first, group.start <= head + 6 { return group.ids }
            // The staff of a party's body: "le responsable de la police municipale".
            if head + 1 < tokens.endIndex, Self.subjectComplements.contains(tokens[head + 1].word),
               let owner = singleHeadParties(tokens[(head + 1)...].prefix(6)) { return owner }
        }
        // A body of an institution a party is: "la police municipale" → the commune.
        if head + 1 < tokens.endIndex, let institution = institutionAdjectives[tokens[head + 1].word],
           let id = institutionParties[institution] { return [id] }
        // An officer of an institution a party is: "le préfet" → the State.
        if let (_, institution) = officers.match(tokens, at: head), let id = institutionParties[institution] { return [id] }
        return nil
    }

    /// The demonstrative pronoun (`ce dernier`, `celle-ci`) that ends `tokens`, if any: whether
    /// it is plural, and its first token.
    func demonstrative(endingAt tokens: ArraySlice<Token>) -> (plural: Bool, start: Int)? {
        guard let last = tokens.lastIndex(where: \.isWord) else { return nil }
        for start in stride(from: last, through: max(tokens.startIndex, last - 2), by: -1) {
            if let (length, plural) = demonstratives.match(tokens, at: start), start + length == last + 1 { return (plural, start) }
        }
        return nil
    }

    /// The parties named by a mention starting at token `index` (a party's name or short form,
    /// or all of them), with its length in tokens.
    func mention(_ tokens: ArraySlice<Token>, at index: Int) -> (length: Int, ids: [String])? {
        if let (length, _) = joint.match(tokens, at: index) { return (length, partyIDs) }
        if let (length, id) = keys.match(tokens, at: index) { return (length, [id]) }
        return nil
    }

    /// Whether `phrase` occurs, word after word, in `words`.
    private static func contains(_ phrase: [Word], in words: [Word]) -> Bool {
        guard !phrase.isEmpty, phrase.count <= words.count else { return false }
        return (0...(words.count - phrase.count)).contains { start in
            words[start..<(start + phrase.count)].elementsEqual(phrase)
        }
    }

    /// Words that make the following mention a complement, not a subject ("en lien avec la Région").
    private static let complementMarkers: WordSet = [
        "avec", "aupres", "par", "pour", "entre", "envers", "a", "au", "aux", "sur", "vis-a-vis", "contre", "sans",
        "dans", "sous", "chez", "depuis", "vers", "selon", "via", "hors", "parmi", "apres", "avant", "durant", "pendant",
    ]
    /// Prepositions that open a complement of the subject noun phrase.
    private static let subjectComplements: WordSet = ["de", "du", "des", "d'", "en", "avec", "a", "au", "aux", "dans", "pour", "sur", "via", "selon"]
    /// Words that may stand between a subject and its verb.
    private static let betweenSubjectAndVerb: WordSet = ["qui", "ne", "n'", "se", "s'", "lui", "leur", "en", "y", "ils", "elles", "il", "elle"]
    private static let determiners: WordSet = ["la", "le", "les", "l'", "de", "du", "des", "d'", "ses", "son", "sa", "leur", "leurs", "chacun", "chacune"]
    private static let articles: WordSet = ["la", "le", "les", "l'"]
    /// Determiners that may open a subject that is never a party (`un comité`, `ce bilan`).
    private static let indefinites: WordSet = ["un", "une", "ce", "cette", "ces"]
    private static let singularPronouns: WordSet = ["il", "elle"]
    private static let pronouns: [Word] = ["il", "elle", "ils", "elles"]
    private static let pluralPronouns: WordSet = ["ils", "elles"]
    /// Marks that end the noun phrase of a subject.
    private static let clauseMarks: WordSet = [",", ";", ":", "(", "."]
    private static let conjunctions: WordSet = [",", "et", "ou"]
    /// What joins two mentions into one group: `la Région, Pôle emploi et l'État`, `ainsi que`.
    private static let joiners: WordSet = [",", "et", "ainsi", "que"]
    private static let comma: Word = ","
    private static let and: Word = "et"
    private static let closingParenthesis: Word = ")"


    /// A run of party mentions joined by `,`, `et`, `ainsi que`: a possible subject.
    struct Group {
        var ids: [String]
        var start: Int
        var end: Int
    }

    /// The subject of a verb whose words before it are `tokens`: the last group of party mentions
    /// that is not a complement (`avec la Région`), or a pronoun right before the verb.
    func resolve(_ tokens: ArraySlice<Token>) -> Resolution {
        if let last = tokens.last(where: \.isWord) {
            if Self.singularPronouns.contains(last.word) { return .pronoun(plural: false) }
            if Self.pluralPronouns.contains(last.word) { return .pronoun(plural: true) }
        }
        if let (plural, start) = demonstrative(endingAt: tokens) { return .demonstrative(plural: plural, at: start) }
        guard let group = groups(tokens).last, isSubject(group, in: tokens) else { return .none }
        return .parties(group.ids)
    }

    /// A group is the subject when only an incise (`, via son réseau,`), adverbs or clitics stand
    /// between it and the verb, and when the noun phrase it ends does not start with a noun that is
    /// never a party (`Un comité de pilotage composé des représentants de Pôle emploi …`).
    private func isSubject(_ group: Group, in tokens: ArraySlice<Token>) -> Bool {
        let between = tokens[group.end...].filter { !Self.betweenSubjectAndVerb.contains($0.word) }
        if let last = between.last, last.word != Self.comma && last.word != Self.closingParenthesis {
            // A complement of the subject: "Les partenaires de la présente convention",
            // "le conseiller Pôle emploi en accord avec le Conseil départemental".
            guard let first = between.first, Self.subjectComplements.contains(first.word), between.count <= 8,
                  !between.contains(where: { Self.conjunctions.contains($0.word) }) else { return false }
        }
        var start = group.start
        while start > tokens.startIndex, !Self.clauseMarks.contains(tokens[start - 1].word) { start -= 1 }
        let head = tokens[start..<group.start].first { $0.isWord && !Self.determiners.contains($0.word) && !Self.indefinites.contains($0.word) }
        if let head, nonPartyHeads.contains(head.word) { return false }
        return true
    }

    /// Whether the sentence opens with a noun that is never a party (`Le comité …`).
    func opensWithNonParty(_ tokens: ArraySlice<Token>) -> Bool {
        guard let head = tokens.first(where: { $0.isWord && !Self.determiners.contains($0.word) && !Self.indefinites.contains($0.word) }) else { return false }
        return nonPartyHeads.contains(head.word)
    }

    /// The group that opens a sentence (within its first three tokens), for pronouns later on.
    func leadingSubject(_ tokens: ArraySlice<Token>) -> Group? {
        guard let group = groups(tokens, stopAfterFirst: true).first else { return nil }
        var k = group.start - 1
        while k >= tokens.startIndex, Self.determiners.contains(tokens[k].word) { k -= 1 }
        // At the start, or after an opening adverbial clause ("Afin d'optimiser ces diagnostics, la Région …").
        guard k < tokens.startIndex || tokens[k].word == Self.comma || group.start - tokens.startIndex <= 3 else { return nil }
        return group
    }

    /// The runs of party mentions in `tokens`, complements (`avec la Région`) left out.
    func groups(_ tokens: ArraySlice<Token>, stopAfterFirst: Bool = false) -> [Group] {
        var groups: [Group] = []
        var i = tokens.startIndex
        while i < tokens.endIndex {
            // A group is complete once a token that cannot join it follows.
            if stopAfterFirst, let last = groups.last, i > last.end + 3 { break }
            guard mentionStarts.contains(tokens[i].word) else { i += 1; continue }
            var ids: [String]?
            var length = 0
            if let (l, _) = joint.match(tokens, at: i) {
                ids = partyIDs
                length = l
            } else if let (l, id) = keys.match(tokens, at: i) {
                ids = [id]
                length = l
            }
            guard let found = ids else { i += 1; continue }
            var k = i - 1
            while k >= tokens.startIndex, Self.determiners.contains(tokens[k].word) { k -= 1 }
            let isComplement = k >= tokens.startIndex && Self.complementMarkers.contains(tokens[k].word)
            // Joined to the previous group by ",", "et", "ainsi que".
            if let last = groups.last, !isComplement, Self.joins(tokens, from: last.end, to: k + 1) {
                groups[groups.count - 1].ids = partyIDs.filter { last.ids.contains($0) || found.contains($0) }
                groups[groups.count - 1].end = i + length
            } else if !isComplement {
                groups.append(Group(ids: found, start: i, end: i + length))
            }
            i += length
        }
        return groups
    }

    private static func joins(_ tokens: ArraySlice<Token>, from start: Int, to end: Int) -> Bool {
        guard start < end else { return start == end }
        var joined = false
        for token in tokens[start..<end] where !determiners.contains(token.word) {
            guard joiners.contains(token.word) else { return false }
            joined = true
        }
        return joined
    }
}
