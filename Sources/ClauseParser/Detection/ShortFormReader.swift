import ConventionModel

/// Adds to each party the short forms the document uses for it without defining them: the head
/// noun of a name written with a common noun (`caisse primaire d'assurance maladie …` → `la
/// caisse`), and an acronym of the name's initials (`CPAM`).
///
/// A form shared by two parties designates neither (``PartyResolver`` drops it).
struct ShortFormReader: Sendable {
    let words: FunctionWords

    func addingShortForms(to parties: [Party], lines: [TextLine]) -> [Party] {
        var parties = parties
        var acronyms = Set<String>()
        var definite = Set<Word>()
        for line in lines {
            for (k, token) in line.tokens.enumerated() where token.isWord {
                if k > 0, words.has(.article, line.tokens[k - 1].word) { definite.insert(token.word) }
                guard token.length >= 3, token.length <= 8 else { continue }
                let scalars = line.scalars[token.start..<token.end]
                if scalars.allSatisfy({ $0.properties.isUppercase }) { acronyms.insert(String(scalars: scalars)) }
            }
        }
        for index in parties.indices {
            let name = PartyDetector.dropDeterminer(parties[index].name)
            let known = Set(([parties[index].name] + parties[index].aliases).map { Folding.fold(PartyDetector.dropDeterminer($0)) })
            let nameWords = name.split(separator: " ")
            // "caisse primaire d'assurance maladie": the head noun, written lower-case.
            if nameWords.count > 1, let head = nameWords.first, head.first?.isLowercase == true, head.count >= 4,
               definite.contains(Word(Folding.fold(String(head)))), !known.contains(Folding.fold(String(head))) {
                parties[index].aliases.append(String(head))
            }
            let scalars = Array(name.unicodeScalars)
            let initials = Tokenizer.tokens(scalars).filter { $0.isWord && self.words.roles($0.word).isEmpty }
                .map { Character(Folding.fold(scalars[$0.start])).uppercased() }.joined()
            for acronym in acronyms.sorted() where acronym.count >= 3 && initials.hasPrefix(acronym) && !known.contains(Folding.fold(acronym)) {
                parties[index].aliases.append(acronym)
            }
        }
        return parties
    }
}
