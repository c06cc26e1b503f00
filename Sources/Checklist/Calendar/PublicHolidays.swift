/// The public holidays (jours fériés) of France that a count of working days skips: the eleven
/// national holidays of the Code du travail (art. L3133-1), three of them set by Easter, and
/// for Alsace and Moselle (Bas-Rhin, Haut-Rhin, Moselle) the two local ones, Good Friday and
/// 26 December (art. L3134-13).
///
/// `PublicHolidays().name(of: 2025-04-21)` → `"lundi de Pâques"`;
/// `PublicHolidays().name(of: 2025-05-29)` → `"Ascension"`;
/// `PublicHolidays(region: .alsaceMoselle).name(of: 2025-04-18)` → `"Vendredi saint"`, nil elsewhere.
public struct PublicHolidays: Sendable, Hashable {
    /// Which holidays apply.
    public enum Region: String, Sendable, Hashable, CaseIterable {
        /// Metropolitan France's national holidays.
        case metropolitan
        /// The national holidays with Vendredi saint and 26 décembre (Bas-Rhin, Haut-Rhin, Moselle).
        case alsaceMoselle
    }

    public var region: Region

    public init(region: Region = .metropolitan) {
        self.region = region
    }

    /// The holidays of `year`, in date order, each with its French name; empty for a year
    /// outside ``CalendarDate/years``.
    ///
    /// 2025 → 1er janvier, 21 avril (lundi de Pâques), 1er mai, 8 mai, 29 mai (Ascension),
    /// 9 juin (lundi de Pentecôte), 14 juillet, 15 août, 1er novembre, 11 novembre, 25 décembre.
    public func holidays(in year: Int) -> [(date: CalendarDate, name: String)] {
        guard let easter = Self.easter(year) else { return [] }
        var days: [(CalendarDate, String)] = [
            (CalendarDate(year: year, month: 1, day: 1)!, "jour de l'An"),
            (easter.addingDays(1)!, "lundi de Pâques"),
            (CalendarDate(year: year, month: 5, day: 1)!, "fête du Travail"),
            (CalendarDate(year: year, month: 5, day: 8)!, "Victoire 1945"),
            (easter.addingDays(39)!, "Ascension"),
            (easter.addingDays(50)!, "lundi de Pentecôte"),
            (CalendarDate(year: year, month: 7, day: 14)!, "fête nationale"),
            (CalendarDate(year: year, month: 8, day: 15)!, "Assomption"),
            (CalendarDate(year: year, month: 11, day: 1)!, "Toussaint"),
            (CalendarDate(year: year, month: 11, day: 11)!, "Armistice 1918"),
            (CalendarDate(year: year, month: 12, day: 25)!, "Noël"),
        ]
        if region == .alsaceMoselle {
            days.append((easter.addingDays(-2)!, "Vendredi saint"))
            days.append((CalendarDate(year: year, month: 12, day: 26)!, "Saint-Étienne"))
        }
        // Ascension may fall on 1 or 8 May: one entry per day, the fixed holiday's name first.
        var seen = Set<CalendarDate>()
        return days.sorted { $0.0 < $1.0 }.filter { seen.insert($0.0).inserted }
    }

    /// The holiday's name when `date` is one, else nil.
    public func name(of date: CalendarDate) -> String? {
        holidays(in: date.year).first { $0.date == date }?.name
    }

    /// Whether `date` is a holiday.
    public func contains(_ date: CalendarDate) -> Bool {
        name(of: date) != nil
    }

    /// Easter Sunday of `year` in the Gregorian calendar (the anonymous algorithm of 1876, as
    /// Meeus gives it): 2025 → 20 avril, 2024 → 31 mars, 2038 → 25 avril. Nil outside
    /// ``CalendarDate/years``.
    public static func easter(_ year: Int) -> CalendarDate? {
        guard CalendarDate.years.contains(year) else { return nil }
        let a = year % 19
        let b = year / 100, c = year % 100
        let d = b / 4, e = b % 4
        let f = (b + 8) / 25
        let g = (b - f + 1) / 3
        let h = (19 * a + b - d - g + 15) % 30
        let i = c / 4, k = c % 4
        let l = (32 + 2 * e + 2 * i - h - k) % 7
        let m = (a + 11 * h + 22 * l) / 451
        let month = (h + l - 7 * m + 114) / 31
        let day = (h + l - 7 * m + 114) % 31 + 1
        return CalendarDate(year: year, month: month, day: day)
    }
}
