import ConventionModel

/// Finds the party a user named: its name or an alias, case, accents and a leading article
/// ignored; failing that, the only party whose name or alias contains the words given.
///
/// `"mission locale"` → the party `Mission locale des Monts et Vallées du Limousin` (alias
/// `la Mission locale`); `"HAUTE-VIENNE"` → `Département de la Haute-Vienne`.
struct PartyMatcher {
    let parties: [Party]
    let source: String

    func party(named query: String) throws(ChecklistError) -> Party {
        let key = Folded.withoutArticle(query)
        guard !key.isEmpty else { throw .unknownParty(query: query, source: source, parties: parties) }
        let exact = parties.filter { party in
            ([party.name] + party.aliases).contains { Folded.withoutArticle($0) == key } || Folded.fold(party.id) == key
        }
        if exact.count == 1 { return exact[0] }
        if exact.count > 1 { throw .ambiguousParty(query: query, source: source, matches: exact) }
        let partial = parties.filter { party in
            ([party.name] + party.aliases).contains { Folded.contains(Folded.fold($0), word: key) }
        }
        if partial.count == 1 { return partial[0] }
        if partial.count > 1 { throw .ambiguousParty(query: query, source: source, matches: partial) }
        throw .unknownParty(query: query, source: source, parties: parties)
    }
}
