/// One grammatical reading of a French word form, from the dictionary's analysis:
/// `versera` → lemma `verser`, a verb in the future, third person singular; `adresse` has three
/// readings (a noun, an imperative, a present).
public struct WordReading: Sendable, Hashable {
    /// Parts of speech a reading can have (a past participle is often an adjective too).
    public struct Categories: OptionSet, Sendable, Hashable {
        public let rawValue: UInt8
        public init(rawValue: UInt8) { self.rawValue = rawValue }
        public static let noun = Categories(rawValue: 1)
        public static let adjective = Categories(rawValue: 2)
        public static let verb = Categories(rawValue: 4)
        /// Anything else the dictionary names (preposition, pronoun, determiner…).
        public static let other = Categories(rawValue: 8)
        public static let adverb = Categories(rawValue: 16)
    }

    /// Verb forms: moods and tenses, non-finite forms.
    public struct Forms: OptionSet, Sendable, Hashable {
        public let rawValue: UInt16
        public init(rawValue: UInt16) { self.rawValue = rawValue }
        public static let present = Forms(rawValue: 1)          // ipre
        public static let future = Forms(rawValue: 2)           // ifut
        public static let imperfect = Forms(rawValue: 4)        // iimp
        public static let simplePast = Forms(rawValue: 8)       // ipsi
        public static let conditional = Forms(rawValue: 16)     // cond
        public static let subjunctive = Forms(rawValue: 32)     // spre, simp
        public static let imperative = Forms(rawValue: 64)      // impe
        public static let infinitive = Forms(rawValue: 128)     // infi
        public static let presentParticiple = Forms(rawValue: 256) // ppre
        public static let pastParticiple = Forms(rawValue: 512)    // ppas

        /// Forms that make a clause: indicative, conditional, subjunctive.
        public static let finite: Forms = [.present, .future, .imperfect, .simplePast, .conditional, .subjunctive]
    }

    /// Grammatical persons of a finite form.
    public struct Persons: OptionSet, Sendable, Hashable {
        public let rawValue: UInt8
        public init(rawValue: UInt8) { self.rawValue = rawValue }
        public static let firstSingular = Persons(rawValue: 1)
        public static let secondSingular = Persons(rawValue: 2)
        public static let thirdSingular = Persons(rawValue: 4)
        public static let firstPlural = Persons(rawValue: 8)
        public static let secondPlural = Persons(rawValue: 16)
        public static let thirdPlural = Persons(rawValue: 32)
        public static let third: Persons = [.thirdSingular, .thirdPlural]
    }

    /// Grammatical genders of a noun, adjective or participle (both for `élève`).
    public struct Genders: OptionSet, Sendable, Hashable {
        public let rawValue: UInt8
        public init(rawValue: UInt8) { self.rawValue = rawValue }
        public static let masculine = Genders(rawValue: 1)
        public static let feminine = Genders(rawValue: 2)
    }

    /// The dictionary form: the infinitive of a verb, the masculine singular of a noun.
    public var lemma: String {
        didSet { lemmaKey = Self.key(lemma) }
    }
    /// A 64-bit key of `lemma` (``key(_:)``), to compare lemmas without hashing strings.
    public private(set) var lemmaKey: UInt64 = 0
    public var categories: Categories
    public var forms: Forms
    public var persons: Persons
    public var genders: Genders = []
    /// The word carries a reflexive pronoun (`s'engage` → `se`).
    public var reflexive: Bool

    public init(lemma: String, categories: Categories, forms: Forms = [], persons: Persons = [], reflexive: Bool = false) {
        self.lemma = lemma
        self.lemmaKey = Self.key(lemma)
        self.categories = categories
        self.forms = forms
        self.persons = persons
        self.reflexive = reflexive
    }

    /// The key of a lemma as ``lemmaKey`` holds it (FNV-1a over its scalars): word lists of
    /// lemmas build their tables with it.
    public static func key(_ lemma: String) -> UInt64 {
        var key: UInt64 = 0xcbf2_9ce4_8422_2325
        for scalar in lemma.unicodeScalars { key = (key ^ UInt64(scalar.value)) &* 0x0000_0100_0000_01b3 }
        return key
    }

    /// A finite verb form (`verse`, `transmettra`, `doit`).
    public var isFiniteVerb: Bool { categories.contains(.verb) && !forms.isDisjoint(with: .finite) }

    /// Reads one analysis line of Hunspell's French dictionary
    /// (`dp:se+ st:engager po:v1_itnq__a po:ipre po:spre po:1sg po:3sg`).
    init?(analysis: String) {
        var lemma: Substring?
        var categories: Categories = []
        var forms: Forms = []
        var persons: Persons = []
        var reflexive = false
        var genders: Genders = []
        for field in analysis.split(separator: " ") {
            guard field.count > 3 else { continue }
            // "po:3pl!" marks a form the dictionary prefers; the mark is not part of the tag.
            let tag = field.prefix(3), value = field.dropFirst(3).prefix { $0 != "!" }
            switch tag {
            case "st:": lemma = value
            case "dp:": reflexive = reflexive || value.hasPrefix("se")
            case "is:":
                if value == "mas" { genders.insert(.masculine) }
                if value == "fem" { genders.insert(.feminine) }
                if value == "epi" { genders.formUnion([.masculine, .feminine]) }
            case "po:":
                if value.hasPrefix("v") && value.count > 2 && (value.dropFirst().first?.isNumber ?? false) {
                    categories.insert(.verb)
                } else if let form = Self.formTags[String(value)] {
                    forms.insert(form)
                } else if let person = Self.personTags[String(value)] {
                    persons.insert(person)
                } else if value == "nom" || value == "nomp" {
                    categories.insert(.noun)
                } else if value == "adj" {
                    categories.insert(.adjective)
                } else if value == "adv" {
                    categories.insert(.adverb)
                } else {
                    categories.insert(.other)
                }
            default: continue
            }
        }
        guard let lemma else { return nil }
        if !forms.isEmpty { categories.insert(.verb) }
        self.init(lemma: String(lemma), categories: categories, forms: forms, persons: persons, reflexive: reflexive)
        self.genders = genders
    }

    private static let formTags: [String: Forms] = [
        "ipre": .present, "ifut": .future, "iimp": .imperfect, "ipsi": .simplePast, "cond": .conditional,
        "spre": .subjunctive, "simp": .subjunctive, "impe": .imperative, "infi": .infinitive,
        "ppre": .presentParticiple, "ppas": .pastParticiple,
    ]
    private static let personTags: [String: Persons] = [
        "1sg": .firstSingular, "2sg": .secondSingular, "3sg": .thirdSingular,
        "1pl": .firstPlural, "2pl": .secondPlural, "3pl": .thirdPlural,
    ]
}
