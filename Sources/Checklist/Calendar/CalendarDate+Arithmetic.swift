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

extension CalendarDate {
    /// 1 for Monday … 7 for Sunday (ISO 8601): `2025-01-01` → 3 (mercredi).
    public var weekday: Int {
        let days = dayNumber + 3   // 1970-01-01 was a Thursday.
        return (days % 7 + 7) % 7 + 1
    }

    /// `lundi` … `dimanche`.
    public var weekdayName: String {
        FrenchCalendar.weekdayNames[weekday - 1]
    }

    /// This date `period` later (`forward`) or earlier, the days counted as `count` says with
    /// `holidays` left out: the months and years in calendar units first, then the days one
    /// counted day at a time, the starting day never counted. A délai franc adds one day
    /// beyond the calendar result, either way.
    ///
    /// `2025-04-17 + 3 jours ouvrés` → `2025-04-23` (18 vendredi, 22 mardi, 23 mercredi: the
    /// week-end and lundi de Pâques skipped); `2025-03-01 + 8 jours francs` → `2025-03-10`.
    public func moved(by period: CalendarPeriod, counting count: DayCount, holidays: PublicHolidays = PublicHolidays(),
                      forward: Bool) -> CalendarResult? {
        switch count {
        case .calendar:
            return forward ? adding(period) : subtracting(period)
        case .clear:
            return (forward ? adding(period) : subtracting(period))?.addingDays(forward ? 1 : -1)
        case .worked, .workable:
            let months = CalendarPeriod(years: period.years, months: period.months)
            guard period.isBounded, let base = forward ? adding(months) : subtracting(months) else { return nil }
            return base.flatMap { $0.counting(period.days, count: count, holidays: holidays, forward: forward).map(CalendarResult.exact) }
        }
    }

    /// The `days`-th counted day after (or before) this one; nil past ``years``. One step a
    /// day, the holidays of each year computed once.
    private func counting(_ days: Int, count: DayCount, holidays: PublicHolidays, forward: Bool) -> CalendarDate? {
        let step = forward ? 1 : -1
        let lastWeekday = count == .worked ? 5 : 6
        guard abs(days) <= CalendarDate.first.days(to: CalendarDate.last) else { return nil }
        var date = self
        var left = abs(days)
        var year = Int.min
        var closed = Set<CalendarDate>()
        while left > 0 {
            guard let next = date.addingDays(step) else { return nil }
            date = next
            if date.year != year {
                year = date.year
                closed = Set(holidays.holidays(in: year).map(\.date))
            }
            if date.weekday <= lastWeekday, !closed.contains(date) { left -= 1 }
        }
        return date
    }
}
