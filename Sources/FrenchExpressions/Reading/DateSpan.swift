/// A date read at some tokens: `1er janvier 2018`, `19/12/2019`, `2 févr. 2023`, or a day of the
/// year without a year (`31 mars`).
struct DateSpan: Sendable {
    var start: Int
    var end: Int
    var year: Int?
    var month: Int
    var day: Int

    /// `YYYY-MM-DD` when the year is known.
    var iso: String? {
        guard let year else { return nil }
        return "\(Self.pad(year, 4))-\(Self.pad(month, 2))-\(Self.pad(day, 2))"
    }

    /// `MM-DD`.
    var dayOfYear: String { "\(Self.pad(month, 2))-\(Self.pad(day, 2))" }

    static func pad(_ value: Int, _ width: Int) -> String {
        let digits = String(value)
        return digits.count >= width ? digits : String(repeating: "0", count: width - digits.count) + digits
    }

    static func isValid(year: Int?, month: Int, day: Int) -> Bool {
        guard (1...12).contains(month), day >= 1 else { return false }
        return day <= daysIn(month: month, year: year)
    }

    /// Days in a month; February has 29 when the year is unknown or a leap year.
    static func daysIn(month: Int, year: Int?) -> Int {
        switch month {
        case 2:
            guard let year else { return 29 }
            return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// Whole months from this date to the day after `end` when both fall on the same day of the
    /// month (`1er mars 2024` → `28 février 2025` inclusive = 12), else nil.
    func monthsThrough(_ end: DateSpan) -> Int? {
        guard let y1 = year, let y2 = end.year else { return nil }
        var (y, m, d) = (y2, end.month, end.day + 1)
        if d > Self.daysIn(month: m, year: y) {
            d = 1
            m += 1
            if m > 12 { m = 1; y += 1 }
        }
        guard d == day else { return nil }
        let months = (y - y1) * 12 + (m - month)
        return months > 0 ? months : nil
    }
}
