import Lexicons

/// The grammatical roles of French function words (`clause-words.txt`): `le` opens a noun
/// phrase and is a definite article, `par` introduces a passive's agent, `lorsque` opens a
/// subordinate clause. A word may have several roles (`à` is a preposition and marks where an
/// action goes). Compared folded, like every word of the parser.
///
/// `words.has(.article, token.word)` → true for `la`, `l'`.
struct FunctionWords: Sendable {
    struct Roles: OptionSet, Sendable {
        let rawValue: UInt16
        static let determiner = Roles(rawValue: 1)
        static let article = Roles(rawValue: 2)
        static let preposition = Roles(rawValue: 4)
        static let towards = Roles(rawValue: 8)
        static let agent = Roles(rawValue: 16)
        static let clitic = Roles(rawValue: 32)
        static let negation = Roles(rawValue: 64)
        static let negationEnd = Roles(rawValue: 128)
        static let subordinator = Roles(rawValue: 256)
        static let opener = Roles(rawValue: 512)
        static let relative = Roles(rawValue: 1024)
        static let boundary = Roles(rawValue: 2048)
        static let recital = Roles(rawValue: 4096)
        static let conjunction = Roles(rawValue: 8192)

        static let names: [String: Roles] = [
            "determiner": .determiner, "article": .article, "preposition": .preposition, "towards": .towards,
            "agent": .agent, "clitic": .clitic, "negation": .negation, "negation-end": .negationEnd,
            "subordinator": .subordinator, "opener": .opener, "relative": .relative, "boundary": .boundary,
            "recital": .recital, "conjunction": .conjunction,
        ]
    }

    private let table: WordTable<Roles>

    init(lexicons: LexiconSet) throws {
        var table = WordTable<Roles>()
        for (word, value) in try lexicons.pairs("clause-words") {
            var roles: Roles = []
            for name in value.split(separator: " ") {
                guard let role = Roles.names[String(name)] else {
                    throw LexiconError.unreadable("clause-words.txt: unknown role '\(name)' for '\(word)'")
                }
                roles.insert(role)
            }
            let tokens = Tokenizer.phrase(word)
            guard tokens.count == 1 else {
                throw LexiconError.unreadable("clause-words.txt: '\(word)' is not one word")
            }
            table[tokens[0]] = roles.union(table[tokens[0]] ?? [])
        }
        self.table = table
    }

    /// The roles of a word (empty for a word of meaning).
    func roles(_ word: Word) -> Roles { table[word] ?? [] }

    /// Whether `word` has any of `roles`.
    func has(_ roles: Roles, _ word: Word) -> Bool { !(table[word] ?? []).isDisjoint(with: roles) }
}
