/// The wording shared by the renderers: dates in French, the ambiguity marker, labels.
enum ChecklistText {
    /// Marks an ambiguous date in every format.
    static let ambiguousMark = "⚠"

    /// `31 mars 2026`; `⚠ 30 septembre 2027 ou 1er octobre 2027 (date ambiguë)`.
    static func long(_ date: CalendarResult) -> String {
        date.isAmbiguous ? "\(ambiguousMark) \(FrenchCalendar.long(date)) (date ambiguë)" : FrenchCalendar.long(date)
    }

    /// `2026-03-31`; `2027-09-30 ou 2027-10-01`.
    static func iso(_ date: CalendarResult) -> String {
        date.candidates.map(\.iso).joined(separator: " ou ")
    }

    /// `31 mars 2026 (1er trimestre 2026, au titre de 2025)`.
    static func long(_ due: DueDate) -> String {
        long(due.date) + (due.label.map { " (\($0))" } ?? "")
    }

    /// `2026-03-31 (1er trimestre 2026)`.
    static func iso(_ due: DueDate) -> String {
        iso(due.date) + (due.date.isAmbiguous ? " (ambiguë)" : "") + (due.label.map { " (\($0))" } ?? "")
    }

    /// `1er janvier 2025`; `selon l'événement` for a delay that runs from an event; else `date inconnue`.
    static func keyDate(_ date: KeyDate) -> String {
        date.date.map(long) ?? (date.kind == .notice ? "selon l'événement" : "date inconnue")
    }

    /// What the header says about the listing window.
    static func window(_ checklist: Checklist) -> String {
        var text = "échéances à partir du \(FrenchCalendar.long(checklist.from))"
        if let until = checklist.until, until >= checklist.from { text += " jusqu'au \(FrenchCalendar.long(until))" }
        return text
    }

    /// `Article 4 – Engagements…, p. 2`.
    static func place(_ item: ChecklistItem) -> String {
        [item.article?.label, item.page.map { "p. \($0)" }].compactMap { $0 }.joined(separator: ", ")
    }

    /// The text of the row with its condition.
    static func text(_ item: ChecklistItem) -> String {
        guard let condition = item.condition, !item.text.contains(condition) else { return item.text }
        return "\(item.text) (\(condition))"
    }

    /// The notes of a row, with the previous wording of a modified obligation.
    static func notes(_ item: ChecklistItem) -> String {
        var notes = item.notes
        if let previous = item.previousText, previous != item.text { notes.append("texte précédent : « \(previous) »") }
        return notes.joined(separator: " ; ")
    }

    /// The heading of the duties of those who did not sign.
    static let dutiesTitle = "Obligations de tiers (non signataires)"

    /// What the duties section is, under its heading.
    static let dutiesNote = "La convention met ces obligations à la charge de personnes ou d'organismes qui ne l'ont pas signée : elles ne lient pas les parties, qui peuvent avoir à en suivre l'exécution."

    /// The due dates shown in a table cell before `… et N autres`.
    static let shownDueDates = 4
}
