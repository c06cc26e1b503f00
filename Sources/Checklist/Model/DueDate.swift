/// A date by which an obligation is to be done, possibly ambiguous.
///
/// `"dans le courant du premier trimestre de l'année suivante"` for 2025 →
/// `DueDate(date: .exact(2026-03-31), windowStart: 2026-01-01, label: "1er trimestre 2026")`.
public struct DueDate: Sendable, Hashable {
    public var date: CalendarResult
    /// When the text gives a window (`dans le courant du premier trimestre`), its first day.
    public var windowStart: CalendarDate?
    /// `1er trimestre 2026`, `semestre clos le 30 juin 2025`.
    public var label: String?

    public init(date: CalendarResult, windowStart: CalendarDate? = nil, label: String? = nil) {
        self.date = date
        self.windowStart = windowStart
        self.label = label
    }
}
