import ConventionModel

/// Adds to each party the short forms the document uses for it without defining them: the head
/// noun of a name written with a common noun (`caisse primaire d'assurance maladie …` → `caisse`,
/// when the text says `la caisse`), and an acronym of the name's initials (`CPAM`).
///
/// A form shared by two parties designates neither (``PartyResolver`` drops it).
struct ShortFormReader: Sendable {
    let words: FunctionWords
    private static let partie: Word = "partie"
    private static let government = "gouvernement"

    func addingShortForms(to parties: [Party], lines: [TextLine]) -> [Party] {
        var parties = parties
        // What each party could be called: its head noun, the initials of its name.
        var heads = WordTable<Int>()
        var headTexts: [Int: String] = [:]
        var initials: [(party: Int, letters: String)] = []
        // The names and aliases each party already has, folded.
        let known = parties.map { party in Set(([party.name] + party.aliases).map { Folding.fold(PartyDetector.dropDeterminer($0)) }) }
        for index in parties.indices {
            let name = PartyDetector.dropDeterminer(parties[index].name)
            let nameWords = name.split(separator: " ")
            if nameWords.count > 1, let head = nameWords.first, head.first?.isLowercase == true, head.count >= 4,
               !known[index].contains(Folding.fold(String(head))) {
                let word = Word(Folding.fold(String(head)))
                // Two associations: "l'association" names neither.
                if let other = heads[word] {
                    headTexts[other] = nil
                    heads[word] = -1
                } else {
                    heads[word] = index
                    headTexts[index] = String(head)
                }
            }
            let scalars = Array(name.unicodeScalars)
            let letters = Tokenizer.tokens(scalars).filter { $0.isWord && words.roles($0.word).isEmpty }
                .map { Character(Folding.fold(scalars[$0.start])).uppercased() }.joined()
            if letters.count >= 3 { initials.append((index, letters)) }
        }
        // "la Partie polonaise" in an agreement between governments: the party whose name holds a
        // word of the same stem (Pologne).
        var nationalForms: [Int: Set<String>] = [:]
        if parties.count >= 2, parties.contains(where: { Folding.fold($0.name).hasPrefix(Self.government) }) {
            for line in lines where line.tokens.contains(where: { $0.word == Self.partie }) {
                let tokens = line.tokens, scalars = line.scalars
                for k in tokens.indices.dropLast() where tokens[k].word == Self.partie && tokens[k + 1].isWord && tokens[k + 1].length >= 5 {
                    let adjective = String(String.UnicodeScalarView(scalars[tokens[k + 1].start..<tokens[k + 1].end]))
                    let stem = String(Folding.fold(adjective).prefix(4))
                    let owners = parties.indices.filter { index in
                        parties[index].name.split(separator: " ").contains { $0.count >= 4 && Folding.fold(String($0)).hasPrefix(stem) }
                    }
                    if owners.count == 1 {
                        nationalForms[owners[0], default: []].insert(String(String.UnicodeScalarView(scalars[tokens[k].start..<tokens[k + 1].end])))
                    }
                }
            }
        }
        for (index, forms) in nationalForms { parties[index].aliases += forms.sorted() }
        guard !headTexts.isEmpty || !initials.isEmpty else { return parties }
        var foundHeads = Set<Int>()
        var acronyms: [Int: Set<String>] = [:]
        let lookForHeads = !headTexts.isEmpty, lookForAcronyms = !initials.isEmpty
        for line in lines {
            let tokens = line.tokens, scalars = line.scalars
            for k in tokens.indices {
                let token = tokens[k]
                if lookForHeads, let party = heads[token.word], party >= 0, k > 0, words.has(.article, tokens[k - 1].word) { foundHeads.insert(party) }
                // An acronym: three to eight capital letters (A–Z), as in "CPAM", "SGFGAS".
                guard lookForAcronyms, token.length >= 3, token.length <= 8, scalars[token.start].value &- 65 < 26,
                      scalars[token.start..<token.end].allSatisfy({ $0.value >= 65 && $0.value <= 90 }) else { continue }
                let acronym = String(String.UnicodeScalarView(scalars[token.start..<token.end]))
                for (party, letters) in initials where letters.hasPrefix(acronym) { acronyms[party, default: []].insert(acronym) }
            }
        }
        for index in parties.indices {
            if foundHeads.contains(index), let head = headTexts[index] { parties[index].aliases.append(head) }
            for acronym in (acronyms[index] ?? []).sorted() where !known[index].contains(Folding.fold(acronym)) {
                parties[index].aliases.append(acronym)
            }
        }
        return parties
    }
}
