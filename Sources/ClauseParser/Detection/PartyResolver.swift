import ConventionModel

/// Tells which parties a subject designates: `La Région et Pôle emploi` → both;
/// `les partenaires`, `chaque partie` → all; `Les services de la Région` → the Région;
/// `Ils` → the last joint subject (resolved by the caller); `Le bénéficiaire` → none.
struct PartyResolver: Sendable {
    enum Resolution: Equatable {
        case parties([String])
        case pronoun(plural: Bool)
        case none
    }

    private let partyIDs: [String]
    private let keys: PhraseMatcher<String>
    private let joint: PhraseMatcher<Bool>
    private let nonPartyHeads: Set<String>

    init(parties: [Party], vocabulary: PartyVocabulary) {
        partyIDs = parties.map(\.id)
        var keysByParty: [String: Set<[String]>] = [:]
        for party in parties {
            var forms: [String] = [party.name] + party.aliases
            let foldedName = Folding.fold(party.name)
            let nameWords = Set(Tokenizer.phrase(party.name))
            for (key, shortForms) in vocabulary.designators {
                let keyWords = Tokenizer.phrase(key)
                let present = keyWords.count == 1 ? nameWords.contains(keyWords[0]) : foldedName.contains(key)
                if present { forms.append(contentsOf: shortForms) }
            }
            // The head of the name before its complement: "Conseil départemental des Bouches-du-Rhône".
            for separator in [" des ", " du ", " de ", " d'"] {
                if let r = party.name.range(of: separator) {
                    let head = String(party.name[..<r.lowerBound])
                    if head.count > 3 { forms.append(head) }
                    break
                }
            }
            // An acronym in the name: "PLIE du Pays de Martigues".
            for word in party.name.split(separator: " ") where word.count >= 3 && word.allSatisfy({ $0.isUppercase || $0 == "-" }) {
                forms.append(String(word))
            }
            var phrases = Set<[String]>()
            for form in forms {
                var words = Tokenizer.phrase(PartyDetector.dropDeterminer(form))
                if let first = words.first, ["la", "le", "les", "l'"].contains(first) { words.removeFirst() }
                if !words.isEmpty { phrases.insert(words) }
            }
            keysByParty[party.id] = phrases
        }
        // A form shared by two parties designates neither.
        var owners: [[String]: Set<String>] = [:]
        for (id, phrases) in keysByParty { for phrase in phrases { owners[phrase, default: []].insert(id) } }
        keys = PhraseMatcher(owners.filter { $0.value.count == 1 }.map { ($0.key, $0.value.first!) })
        joint = PhraseMatcher(vocabulary.jointSubjects.map { (Tokenizer.phrase($0), true) })
        nonPartyHeads = vocabulary.nonPartyHeads
    }

    /// Words that make the following mention a complement, not a subject ("en lien avec la Région").
    private static let complementMarkers: Set<String> = [
        "avec", "aupres", "par", "pour", "entre", "envers", "a", "au", "aux", "sur", "vis-a-vis", "contre", "sans",
        "dans", "sous", "chez", "depuis", "vers", "selon", "via", "hors", "parmi", "apres", "avant", "durant", "pendant",
    ]
    /// Prepositions that open a complement of the subject noun phrase.
    private static let subjectComplements: Set<String> = ["de", "du", "des", "d'", "en", "avec", "a", "au", "aux", "dans", "pour", "sur", "via", "selon"]
    /// Words that may stand between a subject and its verb.
    private static let betweenSubjectAndVerb: Set<String> = ["qui", "ne", "n'", "se", "s'", "lui", "leur", "en", "y", "ils", "elles", "il", "elle"]
    private static let determiners: Set<String> = ["la", "le", "les", "l'", "de", "du", "des", "d'", "ses", "son", "sa", "leur", "leurs", "chacun", "chacune"]

    /// A run of party mentions joined by `,`, `et`, `ainsi que`: a possible subject.
    struct Group {
        var ids: [String]
        var start: Int
        var end: Int
    }

    /// The subject of a verb whose words before it are `tokens`: the last group of party mentions
    /// that is not a complement (`avec la Région`), or a pronoun right before the verb.
    func resolve(_ tokens: [Token]) -> Resolution {
        let words = tokens.filter(\.isWord).map(\.folded)
        if let last = words.last, ["il", "elle", "ils", "elles"].contains(last) {
            return .pronoun(plural: last.hasSuffix("s"))
        }
        guard let group = groups(tokens).last, isSubject(group, in: tokens) else { return .none }
        return .parties(group.ids)
    }

    /// A group is the subject when only an incise (`, via son réseau,`), adverbs or clitics stand
    /// between it and the verb, and when the noun phrase it ends does not start with a noun that is
    /// never a party (`Un comité de pilotage composé des représentants de Pôle emploi …`).
    private func isSubject(_ group: Group, in tokens: [Token]) -> Bool {
        let between = tokens[group.end...].filter { !Self.betweenSubjectAndVerb.contains($0.folded) }
        if let last = between.last, last.folded != "," && last.folded != ")" {
            // A complement of the subject: "Les partenaires de la présente convention",
            // "le conseiller Pôle emploi en accord avec le Conseil départemental".
            guard let first = between.first, Self.subjectComplements.contains(first.folded), between.count <= 8,
                  !between.contains(where: { [",", "et", "ou"].contains($0.folded) }) else { return false }
        }
        var start = group.start
        while start > 0, ![",", ";", ":", "(", "."].contains(tokens[start - 1].folded) { start -= 1 }
        let head = tokens[start..<group.start].first { $0.isWord && !Self.determiners.contains($0.folded) && !["un", "une"].contains($0.folded) }
        if let head, nonPartyHeads.contains(head.folded) { return false }
        return true
    }

    /// Whether the sentence opens with a noun that is never a party (`Le comité …`).
    func opensWithNonParty(_ tokens: [Token]) -> Bool {
        guard let head = tokens.first(where: { $0.isWord && !Self.determiners.contains($0.folded) && !["un", "une", "ce", "cette", "ces"].contains($0.folded) }) else { return false }
        return nonPartyHeads.contains(head.folded)
    }

    /// The group that opens a sentence (within its first three tokens), for pronouns later on.
    func leadingSubject(_ tokens: [Token]) -> [String]? {
        guard let group = groups(tokens, stopAfterFirst: true).first else { return nil }
        var k = group.start - 1
        while k >= 0, Self.determiners.contains(tokens[k].folded) { k -= 1 }
        // At the start, or after an opening adverbial clause ("Afin d'optimiser ces diagnostics, la Région …").
        guard k < 0 || tokens[k].folded == "," || group.start <= 3 else { return nil }
        return group.ids
    }

    func groups(_ tokens: [Token], stopAfterFirst: Bool = false) -> [Group] {
        var groups: [Group] = []
        var i = 0
        while i < tokens.count {
            // A group is complete once a token that cannot join it follows.
            if stopAfterFirst, let last = groups.last, i > last.end + 3 { break }
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
            while k >= 0, Self.determiners.contains(tokens[k].folded) { k -= 1 }
            let isComplement = k >= 0 && Self.complementMarkers.contains(tokens[k].folded)
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

    private static func joins(_ tokens: [Token], from start: Int, to end: Int) -> Bool {
        guard start < end else { return start == end }
        let between = tokens[start..<end].map(\.folded).filter { !determiners.contains($0) }
        return !between.isEmpty && between.allSatisfy { [",", "et", "ainsi", "que"].contains($0) }
    }
}
