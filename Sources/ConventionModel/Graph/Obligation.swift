/// A commitment of one or more parties, with its modality and timing.
///
/// `Pôle emploi s'engage à transmettre deux fois par an un bilan …` →
/// `Obligation(debtors: ["P2"], modality: .obligation, trigger: "s'engage à",
///             text: "transmettre deux fois par an un bilan …", frequency: Frequency(text: "deux fois par an", perYear: 2))`
public struct Obligation: Sendable, Hashable, Codable, Identifiable {
    /// Whether the text binds, forbids or allows.
    public enum Modality: String, Sendable, Hashable, Codable, CaseIterable {
        /// `s'engage à`, `est tenu de`, `devra`.
        case obligation
        /// `s'interdit de`, `ne pourra en aucun cas`.
        case prohibition
        /// `peut`, `pourra`, `est autorisé à`.
        case permission
    }

    public var id: String
    /// Ids of the parties bound.
    public var debtors: [String]
    public var modality: Modality
    /// The promised action, without the subject and the engagement verb.
    public var text: String
    /// The engagement verb phrase as written (`s'engagent également à`).
    @Nullable public var trigger: String?
    /// Id of the innermost structural unit containing it.
    @Nullable public var article: String?
    @Nullable public var frequency: Frequency?
    @Nullable public var deadline: Deadline?
    /// `sous réserve de …`, `en cas de …`.
    @Nullable public var condition: String?
    @Nullable public var span: Span?

    public init(id: String, debtors: [String], modality: Modality, text: String, trigger: String?,
                article: String?, frequency: Frequency? = nil, deadline: Deadline? = nil,
                condition: String? = nil, span: Span? = nil) {
        self.id = id
        self.debtors = debtors
        self.modality = modality
        self.text = text
        self.trigger = trigger
        self.article = article
        self.frequency = frequency
        self.deadline = deadline
        self.condition = condition
        self.span = span
    }
}

/// How often something recurs: `semestriellement` → `Frequency(text: "semestriellement", perYear: 2)`;
/// `une à deux fois par an` → `perYear: 1, maxPerYear: 2`.
public struct Frequency: Sendable, Hashable, Codable {
    public var text: String
    public var perYear: Double
    @Nullable public var maxPerYear: Double?

    public init(text: String, perYear: Double, maxPerYear: Double? = nil) {
        self.text = text
        self.perYear = perYear
        self.maxPerYear = maxPerYear
    }
}

/// When something is due: a delay (`dans les 48 heures` → `days: 2`), possibly from an event
/// (`dans les trois mois qui suivent la signature` → `days: 90, anchor: "signature"`), or a day
/// of the year (`avant le 31 mars de chaque année` → `dayOfYear: "03-31"`), or a quarter
/// (`dans le courant du premier trimestre de l'année suivante` → `quarter: 1, yearOffset: 1`).
/// A count of days keeps how the days are counted: `dans un délai de dix jours ouvrés` →
/// `days: 10, period: "P10D", qualifier: "ouvrés"`; `dans un délai franc de huit jours` → `qualifier: "francs"`.
public struct Deadline: Sendable, Hashable, Codable {
    public var text: String
    /// Approximate length in days (a month counts 30), for sorting.
    @Nullable public var days: Int?
    /// The delay in calendar units as written (`P3M`, `P15D`).
    @Nullable public var period: String?
    /// How the days of `period` are counted: `ouvrés`, `ouvrables`, `francs`, `calendaires`; nil when the text does not say.
    @Nullable public var qualifier: String?
    @Nullable public var anchor: String?
    /// A date of a date: `MM-DD`.
    @Nullable public var dayOfYear: String?
    @Nullable public var quarter: Int?
    /// 1 for `de l'année suivante`.
    @Nullable public var yearOffset: Int?
    /// An exact date when the text gives one (`au plus tard le 30 juin 2025`).
    @Nullable public var date: String?

    public init(text: String, days: Int? = nil, period: String? = nil, qualifier: String? = nil, anchor: String? = nil,
                dayOfYear: String? = nil, quarter: Int? = nil, yearOffset: Int? = nil, date: String? = nil) {
        self.text = text
        self.days = days
        self.period = period
        self.qualifier = qualifier
        self.anchor = anchor
        self.dayOfYear = dayOfYear
        self.quarter = quarter
        self.yearOffset = yearOffset
        self.date = date
    }
}
