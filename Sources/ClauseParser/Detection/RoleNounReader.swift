import ConventionModel
import Lexicons
import Morphology

/// Names the parties a convention calls by a role noun it never defines (`le concessionnaire`,
/// `le concédant`), from the verb the noun derives from (`party-roles.txt`): the party the action
/// goes to (`La rivière est concédée au département …`) is the `concessionnaire`, the other party
/// of two the `concédant`.
struct RoleNounReader: Sendable {
    struct Role: Sendable {
        var recipient: String
        var grantor: String?
        var verb: String
    }

    private let roles: [Role]
    /// The recipient nouns of every role (lines holding one are marked ``WordClasses/roleNoun``).
    private let nouns: WordSet
    var nounWords: [Word] { roles.map { Word(Folding.fold($0.recipient)) } }
    private let morphology: Morphology?
    private let words: FunctionWords

    init(lexicons: LexiconSet, words: FunctionWords, morphology: Morphology?) throws {
        self.morphology = morphology
        self.words = words
        roles = try lexicons.pairs("party-roles").map { nouns, verb in
            let parts = nouns.split(separator: "|").map { String($0).trimming() }
            return Role(recipient: parts[0], grantor: parts.count > 1 ? parts[1] : nil, verb: verb)
        }
        nouns = WordSet(roles.map { Folding.fold($0.recipient) })
    }

    /// `parties` with the role nouns the document uses for them added to their aliases.
    func addingRoleAliases(to parties: [Party], lines: [TextLine], vocabulary: PartyVocabulary) -> [Party] {
        guard let morphology, !parties.isEmpty,
              lines.contains(where: { $0.mayHold(.roleNoun) }) else { return parties }
        var parties = parties
        let resolver = PartyResolver(parties: parties, vocabulary: vocabulary)
        let known = Set(parties.flatMap { [$0.name] + $0.aliases }.map { Folding.fold(PartyDetector.dropDeterminer($0)) })
        // Which role nouns the document uses at all.
        var used = Set<Word>()
        for line in lines where line.mayHold(.roleNoun) { for token in line.tokens where nouns.contains(token.word) { used.insert(token.word) } }
        for role in roles where !known.contains(Folding.fold(role.recipient)) {
            guard used.contains(Word(Folding.fold(role.recipient))),
                  let recipient = recipient(of: role.verb, in: lines, resolver: resolver, morphology: morphology),
                  let index = parties.firstIndex(where: { $0.id == recipient }) else { continue }
            parties[index].aliases.append("le " + role.recipient)
            if let grantor = role.grantor, parties.count == 2 {
                parties[1 - index].aliases.append("le " + grantor)
            }
        }
        return parties
    }

    /// The party named right after a form of `verb` and `à` (`concédée au département`).
    private func recipient(of verb: String, in lines: [TextLine], resolver: PartyResolver, morphology: Morphology) -> String? {
        for line in lines {
            let tokens = line.tokens
            for (k, token) in tokens.enumerated() where token.isWord && k + 2 < tokens.count {
                guard let to = (k + 1...min(k + 3, tokens.count - 2)).first(where: { words.has(.towards, tokens[$0].word) }) else { continue }
                guard morphology.form(of: line.scalars[token.start..<token.end]).readings
                    .contains(where: { $0.lemma == verb && $0.categories.contains(.verb) }) else { continue }
                if let ids = resolver.headParties(tokens[(to + 1)...].prefix(8)), ids.count == 1 {
                    return ids[0]
                }
            }
        }
        return nil
    }
}
