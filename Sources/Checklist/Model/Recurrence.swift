/// A regular series of due dates, written as an iCalendar RRULE.
///
/// `"avant le 31 mars de chaque année"` for 2025–2027 → `FREQ=YEARLY;COUNT=3`;
/// `"deux fois par an"` from the 1st of January → the last day of each half-year →
/// `FREQ=MONTHLY;INTERVAL=6;BYMONTHDAY=-1;COUNT=6`.
public struct Recurrence: Sendable, Hashable {
    public enum Unit: String, Sendable, Hashable {
        case day = "DAILY", week = "WEEKLY", month = "MONTHLY", year = "YEARLY"
    }

    public var unit: Unit
    public var interval: Int
    public var count: Int
    /// Every date is the last day of its month (30 June, 31 December…).
    public var lastDayOfMonth: Bool
    /// The month of a yearly series on the last day of the month (February's 28 or 29).
    public var month: Int?

    public init(unit: Unit, interval: Int, count: Int, lastDayOfMonth: Bool = false, month: Int? = nil) {
        self.unit = unit
        self.interval = interval
        self.count = count
        self.lastDayOfMonth = lastDayOfMonth
        self.month = month
    }

    /// `FREQ=MONTHLY;INTERVAL=6;BYMONTHDAY=-1;COUNT=6` (INTERVAL left out when 1).
    public var rrule: String {
        var parts = ["FREQ=\(unit.rawValue)"]
        if interval != 1 { parts.append("INTERVAL=\(interval)") }
        if let month { parts.append("BYMONTH=\(month)") }
        if lastDayOfMonth { parts.append("BYMONTHDAY=-1") }
        parts.append("COUNT=\(count)")
        return parts.joined(separator: ";")
    }

    /// The recurrence that yields exactly `dates` from the first, as an iCalendar reader
    /// would expand it, or nil: fewer than two dates, uneven steps, or a day that does not
    /// exist in some month of the series.
    public static func detect(_ dates: [CalendarDate]) -> Recurrence? {
        guard dates.count >= 2 else { return nil }
        let first = dates[0], second = dates[1]
        let monthStep = (second.year - first.year) * 12 + second.month - first.month
        if monthStep > 0 {
            let steps = (0..<dates.count).map { k in
                (dates[k].year - first.year) * 12 + dates[k].month - first.month == k * monthStep
            }
            if !steps.contains(false) {
                let yearly = monthStep % 12 == 0
                let unit: Unit = yearly ? .year : .month
                let interval = yearly ? monthStep / 12 : monthStep
                if dates.allSatisfy({ $0.day == first.day }) {
                    return Recurrence(unit: unit, interval: interval, count: dates.count)
                }
                if dates.allSatisfy({ $0 == $0.endOfMonth }) {
                    return Recurrence(unit: unit, interval: interval, count: dates.count, lastDayOfMonth: true,
                                      month: yearly ? first.month : nil)
                }
            }
        }
        let dayStep = first.days(to: second)
        guard dayStep > 0, (0..<dates.count).allSatisfy({ first.addingDays($0 * dayStep) == dates[$0] }) else { return nil }
        return dayStep % 7 == 0 ? Recurrence(unit: .week, interval: dayStep / 7, count: dates.count)
            : Recurrence(unit: .day, interval: dayStep, count: dates.count)
    }
}
