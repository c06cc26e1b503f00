/// Dates written the French way: `1er janvier 2025`, `31 mars 2026`.
enum FrenchCalendar {
    static let monthNames = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
                             "septembre", "octobre", "novembre", "décembre"]
    static let weekdayNames = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]

    /// `1er janvier 2025`, `31 mars 2026`.
    static func long(_ date: CalendarDate) -> String {
        "\(date.day == 1 ? "1er" : String(date.day)) \(monthNames[date.month - 1]) \(date.year)"
    }

    /// `31 mars 2026`, or for an ambiguity `30 septembre 2027 ou 1er octobre 2027`.
    static func long(_ result: CalendarResult) -> String {
        result.candidates.map(long).joined(separator: " ou ")
    }
}
