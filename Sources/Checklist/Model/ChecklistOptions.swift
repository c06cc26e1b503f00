/// What to put in a checklist: from which day, for which party, with which effective date,
/// which holidays a count of working days leaves out, and which obligations to flag as new
/// or modified.
///
/// `clausier checklist convention.pdf --party "mission locale" --from 2025-06-01 --effective 2025-01-15 --alsace-moselle`
/// → `ChecklistOptions(from: 2025-06-01, effective: 2025-01-15, party: "mission locale",
///    holidays: PublicHolidays(region: .alsaceMoselle))`.
public struct ChecklistOptions: Sendable {
    /// Due dates before this day are left out (the CLI's default is today).
    public var from: CalendarDate
    /// The date the convention took effect, for a text that gives an event (`à compter de sa
    /// notification`); it replaces a date the text gives, with a note.
    public var effective: CalendarDate?
    /// Keep the obligations of this party only: its name or an alias, case and accents ignored.
    public var party: String?
    /// Obligation ids to flag as new (since the previous version of the convention).
    public var newObligations: Set<String>
    /// Obligation ids to flag as modified since the previous version, each with its previous
    /// wording (`O7` → `transmettre deux fois par an un bilan …`).
    public var modifiedObligations: [String: String]
    /// The public holidays that jours ouvrés and ouvrables leave out.
    public var holidays: PublicHolidays

    public init(from: CalendarDate, effective: CalendarDate? = nil, party: String? = nil, newObligations: Set<String> = [],
                modifiedObligations: [String: String] = [:], holidays: PublicHolidays = PublicHolidays()) {
        self.from = from
        self.effective = effective
        self.party = party
        self.newObligations = newObligations
        self.modifiedObligations = modifiedObligations
        self.holidays = holidays
    }
}
