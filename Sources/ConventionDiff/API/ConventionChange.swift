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
        /// A rate or percentage (`0,33 %`), compared like an amount.
        case rate
        case committee
    }

    /// What a change of meaning changes: the changes a lawyer reads first, before wording.
    ///
    /// `préavis d'un mois` → `de trois mois` is a change of `notice`; `s'engage à` → `peut` a
    /// change of `modality`.
    public enum Meaning: String, Sendable, Hashable, Codable, CaseIterable {
        case amount, rate, duration, notice, deadline, frequency, modality
        /// A commitment a party takes on or is released from (an obligation added or removed).
        case commitment
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
    /// Where the change sits in the old version (offsets into its normalised text, pages);
    /// nil for an item that only the new version has.
    @Nullable public var oldLocation: ChangeLocation?
    /// Where the change sits in the new version; nil for an item that left.
    @Nullable public var newLocation: ChangeLocation?
    /// The changes of meaning it makes (an amount, a notice, a modality…), empty for wording.
    public var meaning: [Meaning]

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
        self.meaning = []
    }

    /// Whether the change alters what a party owes or receives (``meaning`` not empty).
    public var changesMeaning: Bool { !meaning.isEmpty }
}

/// Where a change sits in one version: Unicode-scalar offsets into the normalised text that
/// `clausier text FILE` prints, and the pages of its first and last character.
///
/// `« de trois ans »` at offsets 1 204–1 217 on page 3 → `ChangeLocation(start: 1204, end: 1217, page: 3, endPage: 3)`.
public struct ChangeLocation: Sendable, Hashable, Codable {
    public var start: Int
    public var end: Int
    /// 1-based page of `start` (1 for text input).
    public var page: Int
    /// 1-based page of the last character.
    public var endPage: Int

    public init(start: Int, end: Int, page: Int, endPage: Int) {
        self.start = start
        self.end = end
        self.page = page
        self.endPage = endPage
    }

    /// `p. 3`, `p. 3-4`.
    public var pages: String { page == endPage ? "p. \(page)" : "p. \(page)-\(endPage)" }
}
