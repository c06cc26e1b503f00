import Lexicons

/// The word lists that describe signatories, loaded once from `Lexicons/`.
struct PartyVocabulary: Sendable {
    /// Folded lines that open the signatory block (`entre`, `les signataires`).
    let blockOpeners: Set<String>
    /// Folded lines that separate two signatories (`et`, `d'autre part`).
    let separators: [String]
    let aliasVerbs: [String]
    /// Folded, for `FoldedText` searches: words that introduce an address, alias participles.
    let foldedAddressCues: [String]
    let foldedAliasVerbs: [String]
    /// Folded words of a role (`presidente`, `maire`).
    let roleWords: Set<String>
    /// Folded first words of a legal form (`etablissement`, `association`).
    let legalFormHeads: Set<String>
    let legalFormHeadWords: WordSet
    /// Short forms by the word of the party's name that calls for them.
    let designators: [(key: [Word], forms: [String])]
    /// Folded subjects that bind every party (`les partenaires`, `chaque partie`).
    let jointSubjects: PhraseMatcher<Bool>
    /// Folded marks after which a signatory's name cannot go on: a comma, `ci-après`,
    /// `représenté`, an address cue, a legal form.
    let nameEnds: [String]
    /// Nouns that head a subject which is never a party (`comité`, `bénéficiaire`).
    let nonPartyHeads: WordSet
    /// Nouns for a party's staff or organs (`services`, `agents`, `directeur`).
    let staffHeads: WordSet
    /// Folded phrases by which a person acts for the party (`agissant au nom de`), longest first.
    let foldedProxies: [String]
    /// Folded terms for all the parties together (`les parties`), never one party's alias.
    let collectiveTerms: Set<String>
    /// Folded words that show a paragraph describes a party (`represente`, `ci-apres`, `dont le siege`).
    let foldedPartyCues: [String]
    /// Officers who stand for an institution (`préfet` → `État`), folded title first, longest first.
    let officers: [(title: String, institution: String)]
    /// Every title that acts for an institution in the clauses (`officers.txt` and
    /// `officer-titles.txt`: `les commissaires du Gouvernement` → `etat`), the institution folded.
    let actingOfficers: PhraseMatcher<String>
    /// Demonstrative pronouns that take up the last person or body named (`ce dernier`,
    /// `celle-ci`), true when plural.
    let demonstratives: PhraseMatcher<Bool>
    let demonstrativeLastWords: [Word]
    /// Adjectives that tie a body to an institution (`municipale` → `commune`), folded.
    let institutionAdjectives: WordTable<String>
    let institutionAdjectiveWords: [Word]
    /// Words that name an agreement (`convention`, `contrat`, `accord`): `… conclu entre X et Y`.
    let agreementWords: WordSet
    /// The first words of those cues, to pass over lines without one.
    let partyCueStarts: WordSet

    /// The roles of function words, shared with the clause reader.
    let words: FunctionWords

    init(lexicons: LexiconSet, words: FunctionWords) throws {
        self.words = words
        blockOpeners = Set(try lexicons.entries("party-block-openers").map(PartyDetector.key))
        separators = try lexicons.entries("party-separators").map(PartyDetector.key)
        aliasVerbs = try lexicons.entries("alias-verbs")
        // Longest first: "domiciliée" is tried before "domicilié".
        foldedAddressCues = try lexicons.entries("address-cues").map(Folding.fold).sorted { $0.count > $1.count }
        foldedAliasVerbs = aliasVerbs.map(Folding.fold)
        roleWords = Set(try lexicons.entries("representative-roles").map(Folding.fold))
        legalFormHeads = Set(try lexicons.entries("legal-forms").map(Folding.fold))
        legalFormHeadWords = WordSet(legalFormHeads)
        designators = try lexicons.pairs("party-designators").map { pair in
            (Tokenizer.phrase(pair.key), pair.value.split(separator: "|").map { Folding.fold(String($0)).trimming() })
        }
        jointSubjects = PhraseMatcher(phrases: try lexicons.entries("joint-subjects"), payload: true)
        nameEnds = [",", " ci-apres", " represente", " situe", " sis ", " dont ", " domicilie", " (", " – ", " - ", "\n"]
            + foldedAddressCues.map { " " + $0 + " " } + legalFormHeads.sorted().map { " " + $0 + " " }
        nonPartyHeads = WordSet(try lexicons.entries("non-party-heads"))
        staffHeads = WordSet(try lexicons.entries("party-staff").flatMap { Tokenizer.phrase($0) })
        foldedProxies = try lexicons.entries("party-proxies").map(Folding.fold).sorted { $0.count > $1.count }
        collectiveTerms = Set(try lexicons.entries("joint-subjects").map(Folding.fold))
        foldedPartyCues = try lexicons.entries("party-cues").map(Folding.fold)
        officers = try lexicons.pairs("officers").map { (Folding.fold($0.key), $0.value) }.sorted { $0.title.count > $1.title.count }
        actingOfficers = PhraseMatcher(try (lexicons.pairs("officers") + lexicons.pairs("officer-titles")).map {
            (Tokenizer.phrase($0.key), Folding.fold($0.value))
        })
        let demonstrativePairs = try lexicons.pairs("demonstratives")
        demonstrativeLastWords = demonstrativePairs.compactMap { Tokenizer.phrase($0.key).last }
        demonstratives = PhraseMatcher(try demonstrativePairs.map { pair in
            guard pair.value == "singular" || pair.value == "plural" else {
                throw LexiconError.unreadable("demonstratives.txt: '\(pair.value)' for '\(pair.key)' is neither singular nor plural")
            }
            return (Tokenizer.phrase(pair.key), pair.value == "plural")
        })
        var adjectives = WordTable<String>()
        for (adjective, institution) in try lexicons.pairs("institution-adjectives") { adjectives[Word(Folding.fold(adjective))] = Folding.fold(institution) }
        institutionAdjectives = adjectives
        institutionAdjectiveWords = try lexicons.pairs("institution-adjectives").map { Word(Folding.fold($0.key)) }
        agreementWords = WordSet(try lexicons.entries("agreement-words"))
        partyCueStarts = WordSet(try lexicons.entries("party-cues").compactMap { Tokenizer.phrase($0).first })
    }
}
