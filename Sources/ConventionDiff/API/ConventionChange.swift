import ConventionModel

/// One difference between two versions of a convention: what kind of change, on which field,
/// for which parties, in which articles, the value before and after, and the word-level diff.
///
/// `Article 5 : « pour une durée d'un an »` → `« pour une durée de trois ans »` gives
/// `ConventionChange(kind: .modified, field: .termDuration, oldArticles: ["article 5"],
///                   newArticles: ["article 5"], before: "1 an", after: "3 ans")`.
///
/// Article references are paths of units, `kind number` joined by `/`
/// (`article 2/axis 1/section 1`); `opening` is the text before the first unit (title, parties,
/// visas). Party ids are those of ``ConventionDiffReport/parties``.
public struct ConventionChange: Sendable, Hashable, Codable {
    /// What happened to the item.
    public enum Kind: String, Sendable, Hashable, Codable, CaseIterable {
        case added, removed, modified, renumbered, moved, split, merged, renamed
    }

    /// Which part of the convention changed.
    public enum Field: String, Sendable, Hashable, Codable, CaseIterable {
        case party
        case article
        case obligation
        case termDuration = "term.duration"
        case termEffective = "term.effective"
        case termEnd = "term.end"
        case termRenewal = "term.renewal"
        case notice
        case amount
        case committee
    }

    /// One aspect of a modified item: `frequency` `deux fois par an` → `une fois par an`.
    public struct Detail: Sendable, Hashable, Codable {
        /// `debtors`, `modality`, `frequency`, `deadline`, `condition` (obligations);
        /// `name`, `representatives`, `address`, `legalForm` (parties); `period`, `qualifier`, `anchor`,
        /// `purpose` (notices); `name`, `frequency`, `members` (committees); `kind`,
        /// `periodMonths`, `maxMonths` (renewal)…
        public var aspect: String
        @Nullable public var before: String?
        @Nullable public var after: String?

        public init(aspect: String, before: String?, after: String?) {
            self.aspect = aspect
            self.before = before
            self.after = after
        }
    }

    public var kind: Kind
    public var field: Field
    /// Report ids of the parties concerned (the debtors of an obligation), sorted.
    public var parties: [String]
    /// Where the item sits in the old version (several for a merge).
    public var oldArticles: [String]
    /// Where the item sits in the new version (several for a split).
    public var newArticles: [String]
    /// The value before: a text, or a value written in French (`1 an`, `3 mois`, `12 500 €`).
    @Nullable public var before: String?
    @Nullable public var after: String?
    /// The item when `before` and `after` do not name it: the committee (`comité de pilotage`),
    /// the notice's purpose (`termination`).
    @Nullable public var subject: String?
    /// The aspects that changed, for a modified item; what an added or removed obligation
    /// carries besides its text (modality, frequency, deadline, condition).
    public var details: [Detail]
    /// Word-level diff of the texts (the obligation, the article, the clause quoted).
    public var wordDiff: [DiffSegment]

    public init(kind: Kind, field: Field, parties: [String] = [], oldArticles: [String] = [], newArticles: [String] = [],
                before: String? = nil, after: String? = nil, subject: String? = nil, details: [Detail] = [],
                wordDiff: [DiffSegment] = []) {
        self.kind = kind
        self.field = field
        self.parties = parties.sorted()
        self.oldArticles = oldArticles
        self.newArticles = newArticles
        self.before = before
        self.after = after
        self.subject = subject
        self.details = details
        self.wordDiff = wordDiff
    }
}
