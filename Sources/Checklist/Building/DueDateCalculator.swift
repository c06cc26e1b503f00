import ConventionModel

/// The due dates of one obligation, from its deadline or frequency and the convention's
/// calendar, limited to the days from `from` to `until`.
///
/// - `avant le 31 mars de chaque année` → 31 March of each year of the convention;
/// - `dans le courant du premier trimestre de l'année suivante` → 31 March of the year after
///   each year of the convention, the window opening on 1 January;
/// - `deux fois par an` → the last day of each half-year counted from the effective date;
/// - `dans les trois mois qui suivent la signature` → effective date + 3 mois when the
///   convention takes effect at its signature and the date is known (`--effective`);
/// - `dans les quinze jours suivant la réception de la fiche de liaison` → no date (an event);
/// - `avant le 31 mars de chaque année` for a report `au titre de l'année écoulée` → 31 March
///   of the year after each year of the convention, the last one after its end;
/// - `dans un délai de dix jours ouvrés à compter de la prise d'effet` → ten days counted
///   Monday to Friday, public holidays left out.
struct DueDateCalculator {
    let timeline: Timeline
    let from: CalendarDate
    /// The last day a regular series is listed for.
    let until: CalendarDate
    /// The holidays a count of jours ouvrés or ouvrables leaves out.
    var holidays = PublicHolidays()

    /// At most this many dates per obligation.
    static let limit = 400

    struct Schedule {
        var dates: [DueDate] = []
        var notes: [String] = []
        /// The text gave a computable rule (even if no date falls in the window).
        var computed = false
    }

    func schedule(for obligation: Obligation) -> Schedule {
        switch obligation.modality {
        case .permission: return Schedule(notes: ["faculté : pas d'échéance"])
        case .prohibition: return Schedule(notes: ["interdiction : à respecter pendant toute la durée de la convention"])
        case .obligation: break
        }
        if let deadline = obligation.deadline {
            let byDeadline = schedule(for: deadline, pastYear: Self.reportsOnPastYear(obligation.text))
            guard !byDeadline.computed, let frequency = obligation.frequency else { return byDeadline }
            let byFrequency = schedule(for: frequency)
            return Schedule(dates: byFrequency.dates, notes: byDeadline.notes + byFrequency.notes, computed: byFrequency.computed)
        }
        if let frequency = obligation.frequency { return schedule(for: frequency) }
        return Schedule()
    }

    // MARK: Deadlines

    /// Words saying that what is due each year is about the year before (`le bilan de l'année
    /// écoulée`, `au titre de l'exercice précédent`), folded.
    static let pastYearWords = ["annee ecoulee", "annees ecoulees", "annee precedente", "annee passee", "annee echue",
                                "exercice ecoule", "exercice precedent", "exercice clos", "exercice echu", "annee n-1", "exercice n-1"]

    /// Whether an obligation's text says that it is about the past year.
    static func reportsOnPastYear(_ text: String) -> Bool {
        let folded = Folded.fold(text)
        return pastYearWords.contains { Folded.contains(folded, word: $0) }
    }

    /// The dates of a deadline; `pastYear`: a yearly day is about the year before it (the
    /// obligation reports `au titre de l'année écoulée`), so that the first is in the year
    /// after the convention's first year and the last after its end.
    private func schedule(for deadline: Deadline, pastYear: Bool) -> Schedule {
        if let iso = deadline.date {
            guard let date = CalendarDate(iso: iso) else { return Schedule(notes: ["date illisible : \(iso)"]) }
            return listed([DueDate(date: .exact(date))], rule: "date fixée par le texte")
        }
        let yearOffset = deadline.yearOffset ?? (pastYear ? 1 : 0)
        if let quarter = deadline.quarter, (1...4).contains(quarter) {
            let offset = yearOffset
            let dates = years().compactMap { year -> DueDate? in
                guard let target = Self.year(year, plus: offset),
                      let last = CalendarDate(year: target, month: quarter * 3, day: 1)?.endOfMonth,
                      let first = CalendarDate(year: target, month: quarter * 3 - 2, day: 1),
                      offset > 0 || inTerm(last) else { return nil }
                return DueDate(date: .exact(last), windowStart: first, label: "\(ordinal(quarter)) trimestre \(target)"
                    + (offset > 0 ? ", au titre de \(year)" : ""))
            }
            return listed(dates, rule: "fin du \(ordinal(quarter)) trimestre" + yearRule(offset))
        }
        if let day = deadline.dayOfYear {
            let parts = day.split(separator: "-").compactMap { Int($0) }
            guard parts.count == 2, (1...12).contains(parts[0]), (1...31).contains(parts[1]) else {
                return Schedule(notes: ["jour illisible : \(day)"])
            }
            let offset = yearOffset
            let dates = years().compactMap { year -> DueDate? in
                guard let target = Self.year(year, plus: offset),
                      let date = dayOfYear(month: parts[0], day: parts[1], year: target),
                      offset > 0 || inTerm(date.latest) else { return nil }
                return DueDate(date: date, label: offset > 0 ? "au titre de \(year)" : nil)
            }
            return listed(dates, rule: "le \(parts[1] == 1 ? "1er" : String(parts[1])) \(FrenchCalendar.monthNames[parts[0] - 1])" + yearRule(offset))
        }
        return delaySchedule(deadline)
    }

    /// A delay before or after an anchor: dates only when the anchor is a date of the
    /// convention's calendar; days counted as the text says (ouvrés, ouvrables, francs).
    private func delaySchedule(_ deadline: Deadline) -> Schedule {
        guard let period = deadline.period.flatMap(CalendarPeriod.init(iso:)) else {
            return Schedule(notes: ["délai « \(deadline.text) » : pas de date calculable"])
        }
        let folded = Folded.fold(deadline.text)
        let before = Folded.contains(folded, word: "avant")
        let way = before ? "avant" : "après"
        let count = DayCount(qualifier: deadline.qualifier, text: deadline.text)
        let length = count.describe(period)
        let counting = count == .calendar ? [] : [count.french]
        let anchor = Anchor(deadline.anchor, effectiveEvent: timeline.effectiveEvent)
        let bases: [(CalendarResult, String?)]
        var rule: String
        switch anchor {
        case .none:
            return Schedule(notes: ["« \(deadline.text) » : à compter de l'événement qui le déclenche, pas de date fixe"] + counting)
        case .event(let phrase):
            return Schedule(notes: ["\(length) \(way) l'événement « \(phrase) » : pas de date fixe"] + counting)
        case .conventionEvent(let event):
            let isEffectiveEvent = timeline.effectiveEvent.map { Folded.fold($0) == event } ?? false
            guard isEffectiveEvent else {
                return Schedule(notes: ["\(length) \(way) la \(event) de la convention, dont le texte ne donne pas la date : pas de date fixe"] + counting)
            }
            guard let effective = timeline.effective else {
                return Schedule(notes: ["\(length) \(way) la \(event) de la convention : date inconnue, passez --effective AAAA-MM-JJ"] + counting)
            }
            bases = [(.exact(effective), nil)]
            rule = "\(event) (prise d'effet le \(FrenchCalendar.long(effective))) \(before ? "−" : "+") \(length)"
        case .effective:
            guard let effective = timeline.effective else {
                return Schedule(notes: ["\(length) \(way) la prise d'effet : \(timeline.effectiveNote ?? "date inconnue")"] + counting)
            }
            bases = [(.exact(effective), nil)]
            rule = "prise d'effet \(before ? "−" : "+") \(length)"
        case .end:
            guard let end = timeline.end else {
                return Schedule(notes: ["\(length) \(way) la fin de la convention : \(timeline.endNote ?? "date inconnue")"] + counting)
            }
            bases = [(end, nil)]
            rule = "fin de la convention \(before ? "−" : "+") \(length)"
        case .annualEnd:
            bases = timeline.annualEnds().map { ($0, "échéance du \(FrenchCalendar.long($0))") }
            rule = "échéance annuelle \(before ? "−" : "+") \(length)"
        case .anniversary:
            guard let end = timeline.end else {
                return Schedule(notes: ["\(length) \(way) la date anniversaire : \(timeline.endNote ?? "date inconnue")"] + counting)
            }
            bases = timeline.anniversaries(through: end.latest.addingDays(1) ?? CalendarDate.last)
                .map { ($0, "anniversaire du \(FrenchCalendar.long($0))") }
            rule = "date anniversaire \(before ? "−" : "+") \(length)"
        case .periodEnd(let months):
            bases = periodEnds(months: months).map { ($0, periodName(months, ending: $0)) }
            rule = "fin de chaque \(periodName(months)) \(months == 12 ? "civile" : "civil") \(before ? "−" : "+") \(length)"
        }
        if bases.isEmpty {
            return Schedule(notes: ["\(rule) : \(timeline.effectiveNote ?? timeline.endNote ?? "aucune date de référence connue")"] + counting)
        }
        let dates = bases.compactMap { base in
            base.0.flatMap { $0.moved(by: period, counting: count, holidays: holidays, forward: !before) }
                .map { DueDate(date: $0, label: base.1) }
        }
        var schedule = listed(dates, rule: rule)
        schedule.notes += counting
        if dates.count < bases.count {
            schedule.notes.append("dates hors du calendrier (\(CalendarDate.years.lowerBound)–\(CalendarDate.years.upperBound)) omises")
        }
        return schedule
    }

    // MARK: Frequencies

    private func schedule(for frequency: Frequency) -> Schedule {
        let perYear = frequency.perYear
        var notes: [String] = []
        if let most = frequency.maxPerYear { notes.append("au moins \(format(perYear)) fois par an (jusqu'à \(format(most)))") }
        guard perYear > 0 else { return Schedule(notes: notes + ["fréquence « \(frequency.text) » : pas de dates"]) }
        // The period and its name: "d'un mois", "de 6 mois", "d'un an", "d'une semaine".
        let step: (months: Int, days: Int, name: String)
        let months = 12 / perYear
        if months >= 1, abs(months - months.rounded()) < 1e-9 {
            // Once in more than the calendar's years: no second date to list.
            guard let m = Int(exactly: months.rounded()), CalendarPeriod(months: m).isBounded else {
                return Schedule(notes: notes + ["« \(frequency.text) » : période plus longue que le calendrier : pas de dates"])
            }
            step = (m, 0, m == 1 ? "d'un mois" : m == 12 ? "d'un an" : m % 12 == 0 ? "de \(m / 12) ans" : "de \(m) mois")
        } else if abs(perYear - 52) < 1e-9 || abs(perYear - 26) < 1e-9 {
            let weeks = perYear > 30 ? 1 : 2
            step = (0, 7 * weeks, weeks == 1 ? "d'une semaine" : "de 2 semaines")
        } else {
            return Schedule(notes: notes + ["« \(frequency.text) » : \(format(perYear)) fois par an, sans intervalle régulier : pas de dates"])
        }
        guard let effective = timeline.effective else {
            return Schedule(notes: notes + ["fin de chaque période \(step.name) à compter de la prise d'effet : \(timeline.effectiveNote ?? "date inconnue")"])
        }
        var dates: [DueDate] = []
        var k = 1
        while dates.count < Self.limit, k <= 100_000 {
            guard let date = effective.adding(CalendarPeriod(months: k * step.months, days: k * step.days))?.addingDays(-1),
                  date.earliest <= until else { break }
            if date.latest >= from { dates.append(DueDate(date: date)) }
            k += 1
        }
        var schedule = listed(dates, rule: "fin de chaque période \(step.name) à compter de la prise d'effet le \(FrenchCalendar.long(effective))")
        schedule.notes = notes + schedule.notes
        return schedule
    }

    // MARK: Helpers

    /// The dates on or after `from`, in order, with the rule and a note when none is left.
    private func listed(_ dates: [DueDate], rule: String) -> Schedule {
        let upcoming = dates.filter { $0.date.latest >= from }.sorted { $0.date.earliest < $1.date.earliest }
        var notes = [rule]
        if upcoming.isEmpty {
            notes.append(dates.isEmpty ? "aucune date dans la durée de la convention"
                         : "toutes les échéances sont antérieures au \(FrenchCalendar.long(from))")
        }
        if upcoming.contains(where: \.date.isAmbiguous) {
            notes.append("⚠ date ambiguë : les deux dates possibles sont données, à confirmer")
        }
        return Schedule(dates: Array(upcoming.prefix(Self.limit)), notes: notes, computed: true)
    }

    /// The calendar years a yearly rule applies to: those of the convention when its dates
    /// are known, else those of the listing window.
    private func years() -> ClosedRange<Int> {
        let first = timeline.effective?.year ?? from.year
        let last = timeline.end?.latest.year ?? until.year
        return first...Swift.max(first, last)
    }

    /// Whether a date of the year falls within the convention (or the window when its dates are unknown).
    private func inTerm(_ date: CalendarDate) -> Bool {
        if let effective = timeline.effective, date < effective { return false }
        if let end = timeline.end { return date <= end.latest }
        return date <= until
    }

    /// `29 février` of a common year is ambiguous; other days are exact. Nil for a year not
    /// within ``CalendarDate/years``.
    private func dayOfYear(month: Int, day: Int, year: Int) -> CalendarResult? {
        if let date = CalendarDate(year: year, month: month, day: day) { return .exact(date) }
        guard let last = CalendarDate(year: year, month: month, day: 1)?.endOfMonth, let next = last.addingDays(1) else { return nil }
        return .ambiguous(candidates: [last, next], reason: "le \(day) \(FrenchCalendar.monthNames[month - 1]) \(year) n'existe pas")
    }

    /// `year + offset` (`de l'année suivante`: 1), nil when it overflows: a graph may hold any offset.
    private static func year(_ year: Int, plus offset: Int) -> Int? {
        let (target, overflow) = year.addingReportingOverflow(offset)
        return overflow ? nil : target
    }

    /// The last days of the calendar months, quarters, half-years or years within the convention.
    private func periodEnds(months: Int) -> [CalendarResult] {
        guard 12 % months == 0 else { return [] }
        var ends: [CalendarResult] = []
        for year in years() {
            for month in stride(from: months, through: 12, by: months) {
                let end = CalendarDate(year: year, month: month, day: 1)!.endOfMonth
                if inTerm(end) { ends.append(.exact(end)) }
            }
        }
        return ends
    }

    private func periodName(_ months: Int) -> String {
        switch months {
        case 1: "mois"
        case 3: "trimestre"
        case 6: "semestre"
        default: "année"
        }
    }

    private func periodName(_ months: Int, ending end: CalendarResult) -> String {
        "\(periodName(months)) clos le \(FrenchCalendar.long(end))"
    }

    private func yearRule(_ offset: Int) -> String {
        offset == 1 ? " de l'année suivant chaque année de la convention (au titre de l'année écoulée)" : offset > 1 ? " de l'année N+\(offset)" : " de chaque année"
    }

    private func ordinal(_ n: Int) -> String { n == 1 ? "1er" : "\(n)e" }

    private func format(_ value: Double) -> String {
        Int(exactly: value).map(String.init) ?? String(value)
    }
}
