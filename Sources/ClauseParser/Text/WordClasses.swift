/// The word lists a line may hold a phrase of, read once when the line is tokenised, so that a
/// detector passes over the lines that cannot concern it without looking their words up.
///
/// `Vu la loi n° 2000-321 du 12 avril 2000` → `[.legalText]`; `Un comité de pilotage est créé`
/// → `[.committeeHead]`; `La Région s'engage à :` → `[.engagement]`.
struct WordClasses: OptionSet, Sendable {
    let rawValue: UInt8

    /// The first word of an engagement verb phrase (`s'`, `doit`, `appartient`).
    static let engagement = WordClasses(rawValue: 1 << 0)
    /// The first word of a legal text's name (`loi`, `décret`, `article`).
    static let legalText = WordClasses(rawValue: 1 << 1)
    /// The first word of a committee's name (`comité`, `commission`).
    static let committeeHead = WordClasses(rawValue: 1 << 2)
    /// `indicateur(s)`.
    static let indicator = WordClasses(rawValue: 1 << 3)
    /// A role noun a convention may call a party by (`concessionnaire`, `mandataire`).
    static let roleNoun = WordClasses(rawValue: 1 << 4)
}

/// Tells the classes of each word, from the first words of the parser's lists.
struct WordClassifier: Sendable {
    private var table = WordTable<WordClasses>()

    /// Adds `words` to `wordClass`.
    mutating func add(_ words: [Word], to wordClass: WordClasses) {
        for word in words { table.update(word, default: []) { $0.insert(wordClass) } }
    }

    /// The classes of the words of a line.
    func classes(of tokens: [Token]) -> WordClasses {
        var classes: WordClasses = []
        for token in tokens {
            if let wordClasses = table[token.word] { classes.formUnion(wordClasses) }
        }
        return classes
    }
}
