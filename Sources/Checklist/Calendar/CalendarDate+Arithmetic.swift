extension CalendarDate {
    /// This date plus `period` in calendar units: years and months first, then days.
    /// When the day does not exist in the month reached (`31 janvier + 1 mois`,
    /// `29 février 2024 + 1 an`) the result is ambiguous, never clamped.
    ///
    /// `2025-01-15 + P1M` → `.exact(2025-02-15)`; `2025-01-31 + P1M` → `.ambiguous([2025-02-28, 2025-03-01])`.
    public func adding(_ period: CalendarPeriod) -> CalendarResult {
        moved(by: period, sign: 1)
    }

    /// This date minus `period`: `2027-12-31 − P3M` → `.ambiguous([2027-09-30, 2027-10-01])`
    /// (there is no 31 September); `2027-12-31 − P2M` → `.exact(2027-10-31)`.
    public func subtracting(_ period: CalendarPeriod) -> CalendarResult {
        moved(by: period, sign: -1)
    }

    private func moved(by period: CalendarPeriod, sign: Int) -> CalendarResult {
        let months = sign * period.totalMonths
        let index = year * 12 + (month - 1) + months
        let targetYear = index >= 0 ? index / 12 : (index - 11) / 12
        let targetMonth = index - targetYear * 12 + 1
        let length = Self.daysIn(month: targetMonth, year: targetYear)
        if let exact = CalendarDate(year: targetYear, month: targetMonth, day: day) {
            return .exact(exact.addingDays(sign * period.days))
        }
        let last = CalendarDate(year: targetYear, month: targetMonth, day: length)!
        let next = last.addingDays(1)
        let missing = "le \(day) \(FrenchCalendar.monthNames[targetMonth - 1]) \(targetYear) n'existe pas"
        let operation = "\(FrenchCalendar.long(self)) \(sign > 0 ? "+" : "−") \(CalendarPeriod(years: period.years, months: period.months).french)"
        return .ambiguous(candidates: [last.addingDays(sign * period.days), next.addingDays(sign * period.days)],
                          reason: "\(operation) : \(missing)")
    }
}
