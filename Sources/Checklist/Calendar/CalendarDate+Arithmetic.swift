extension CalendarDate {
    /// This date plus `period` in calendar units: years and months first, then days.
    /// When the day does not exist in the month reached (`31 janvier + 1 mois`,
    /// `29 février 2024 + 1 an`) the result is ambiguous, never clamped. Nil when a date
    /// reached is not within ``years`` or the period is not ``CalendarPeriod/isBounded``.
    ///
    /// `2025-01-15 + P1M` → `.exact(2025-02-15)`; `2025-01-31 + P1M` → `.ambiguous([2025-02-28, 2025-03-01])`;
    /// `9999-12-15 + P1M` → nil.
    public func adding(_ period: CalendarPeriod) -> CalendarResult? {
        moved(by: period, sign: 1)
    }

    /// This date minus `period`: `2027-12-31 − P3M` → `.ambiguous([2027-09-30, 2027-10-01])`
    /// (there is no 31 September); `2027-12-31 − P2M` → `.exact(2027-10-31)`.
    public func subtracting(_ period: CalendarPeriod) -> CalendarResult? {
        moved(by: period, sign: -1)
    }

    private func moved(by period: CalendarPeriod, sign: Int) -> CalendarResult? {
        guard period.isBounded else { return nil }
        let months = sign * period.totalMonths
        let index = year * 12 + (month - 1) + months
        let targetYear = index >= 0 ? index / 12 : (index - 11) / 12
        let targetMonth = index - targetYear * 12 + 1
        guard Self.years.contains(targetYear) else { return nil }
        let length = Self.daysIn(month: targetMonth, year: targetYear)
        if let exact = CalendarDate(year: targetYear, month: targetMonth, day: day) {
            return exact.addingDays(sign * period.days).map(CalendarResult.exact)
        }
        let last = CalendarDate(year: targetYear, month: targetMonth, day: length)!
        guard let next = last.addingDays(1),
              let earlier = last.addingDays(sign * period.days), let later = next.addingDays(sign * period.days) else { return nil }
        let missing = "le \(day) \(FrenchCalendar.monthNames[targetMonth - 1]) \(targetYear) n'existe pas"
        let operation = "\(FrenchCalendar.long(self)) \(sign > 0 ? "+" : "−") \(CalendarPeriod(years: period.years, months: period.months).french)"
        return .ambiguous(candidates: [earlier, later], reason: "\(operation) : \(missing)")
    }
}
