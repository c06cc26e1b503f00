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
    }

    func resolve(_ tokens: [Token]) -> Resolution {
        var found: [String] = []
        var i = 0
        while i < tokens.count {
            if tokens[i].folded == "avec" || tokens[i].folded == "aupres" { break }
            if let (length, _) = joint.match(tokens, at: i) {
                _ = length
                return .parties(partyIDs)
            }
            if let (length, id) = keys.match(tokens, at: i) {
                if !found.contains(id) { found.append(id) }
                i += length
                continue
            }
            i += 1
        }
        if !found.isEmpty { return .parties(partyIDs.filter(found.contains)) }
        let words = tokens.filter(\.isWord).map(\.folded)
        if let last = words.last, words.count <= 2 {
            if last == "ils" || last == "elles" { return .pronoun(plural: true) }
            if last == "il" || last == "elle" { return .pronoun(plural: false) }
        }
        return .none
    }
}
