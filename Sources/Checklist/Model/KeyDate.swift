/// A milestone of the convention itself, at the top of every checklist: when it takes
/// effect, when it ends, the last day to send a termination notice, the last day to stop a
/// tacit renewal, and the other delays that run from an event.
///
/// `"conclue du 1er janvier 2025 au 31 décembre 2027"` and `"avec un préavis de trois mois"` →
/// `KeyDate(kind: .terminationNotice, label: "Dernier jour pour envoyer un préavis de résiliation",
///          date: .ambiguous([2027-09-30, 2027-10-01], …))` (there is no 31 September).
public struct KeyDate: Sendable, Hashable {
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        /// Prise d'effet.
        case effective
        /// Fin de la convention (the initial term).
        case end
        /// Fin au plus tard, after every tacit renewal.
        case finalEnd
        /// Last day to send a termination notice.
        case terminationNotice
        /// Last day to stop a tacit renewal, or to start an express one.
        case renewalDeadline
        /// A tacit renewal that no notice period governs.
        case tacitRenewal
        /// A delay counted from an event (modification request, mise en demeure…): no date.
        case notice
    }

    public var kind: Kind
    /// Stable within a document, for calendar ids: `effective`, `termination-N3-1`.
    public var key: String
    /// `Dernier jour pour envoyer un préavis de résiliation`.
    public var label: String
    /// nil when the date depends on an event whose date is unknown.
    public var date: CalendarResult?
    /// The document's phrase (`avec un préavis de trois mois avant l'échéance annuelle`).
    public var source: String?
    public var article: ArticleReference?
    /// How the date was obtained, or why there is none.
    public var note: String?

    public init(kind: Kind, key: String, label: String, date: CalendarResult?, source: String?,
                article: ArticleReference?, note: String?) {
        self.kind = kind
        self.key = key
        self.label = label
        self.date = date
        self.source = source
        self.article = article
        self.note = note
    }

    /// Whether every candidate date is before `day`.
    public func isPast(on day: CalendarDate) -> Bool {
        guard let date else { return false }
        return date.latest < day
    }
}
