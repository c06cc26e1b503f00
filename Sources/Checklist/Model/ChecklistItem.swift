import ConventionModel

/// One row of the checklist: an obligation of the graph with who owes it, where it is
/// written, when it is due, and a status to fill in.
///
/// `La Mission locale devra produire, avant le 31 mars de chaque année, le bilan d'activité` →
/// `ChecklistItem(id: "O17", parties: [Mission locale…], modality: .obligation,
///                timing: "avant le 31 mars de chaque année",
///                dueDates: [2025-03-31, 2026-03-31, 2027-03-31], recurrence: FREQ=YEARLY;COUNT=3)`
public struct ChecklistItem: Sendable, Hashable, Identifiable {
    /// How the obligation differs from the previous version of the convention.
    public enum Change: String, Sendable, Hashable {
        /// The previous version did not have it.
        case new
        /// The previous version had it worded or timed otherwise.
        case modified

        /// `nouvelle`, `modifiée` (une obligation).
        public var french: String {
            switch self {
            case .new: "nouvelle"
            case .modified: "modifiée"
            }
        }
    }

    /// The obligation's id in the graph (`O17`).
    public var id: String
    /// The parties bound, in the graph's order.
    public var parties: [Party]
    public var modality: Obligation.Modality
    /// The promised action (`produire … le bilan d'activité …`).
    public var text: String
    /// `sous réserve de …`, `en cas de …`.
    public var condition: String?
    public var article: ArticleReference?
    /// 1-based page (1 for a text file).
    public var page: Int?
    /// Frequency and deadline as written, joined by ` ; `.
    public var timing: String?
    /// The due dates on or after the checklist's first day, in order.
    public var dueDates: [DueDate]
    /// The series the due dates form, when they are regular and none is ambiguous.
    public var recurrence: Recurrence?
    /// How the dates were computed, or why there are none (an event, an unknown effective date…).
    public var notes: [String]
    /// Flagged by the caller: new or modified since the previous version; nil when unchanged or not compared.
    public var change: Change?
    /// The previous wording of a modified obligation.
    public var previousText: String?
    /// Empty: the column a person fills in.
    public var status: String

    public init(id: String, parties: [Party], modality: Obligation.Modality, text: String, condition: String?,
                article: ArticleReference?, page: Int?, timing: String?, dueDates: [DueDate], recurrence: Recurrence?,
                notes: [String], change: Change? = nil, previousText: String? = nil, status: String = "") {
        self.id = id
        self.parties = parties
        self.modality = modality
        self.text = text
        self.condition = condition
        self.article = article
        self.page = page
        self.timing = timing
        self.dueDates = dueDates
        self.recurrence = recurrence
        self.notes = notes
        self.change = change
        self.previousText = previousText
        self.status = status
    }

    /// Whether the obligation is new since the previous version.
    public var isNew: Bool { change == .new }

    /// Whether the row is something to do (an obligation with a box to tick), not a rule to
    /// respect (an interdiction) or a right (a faculté).
    public var isTask: Bool { modality == .obligation }

    /// The parties' names joined with ` et `.
    public var partyNames: String {
        Self.names(parties)
    }

    static func names(_ parties: [Party]) -> String {
        let names = parties.map(\.name)
        guard names.count > 1 else { return names.first ?? "" }
        return names.dropLast().joined(separator: ", ") + " et " + names.last!
    }
}

extension Obligation.Modality {
    /// `obligation`, `interdiction`, `faculté`.
    public var french: String {
        switch self {
        case .obligation: "obligation"
        case .prohibition: "interdiction"
        case .permission: "faculté"
        }
    }
}
