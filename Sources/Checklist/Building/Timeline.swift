import ConventionModel

/// The convention's own calendar, from its term and the options: when it takes effect, when
/// its initial term ends, and the ends of the terms a tacit renewal adds.
///
/// `du 1er janvier 2025 au 31 décembre 2027` → `effective: 2025-01-01, end: .exact(2027-12-31)`;
/// `pour une durée de trois (3) ans à compter de sa notification` with `--effective 2025-02-10`
/// → `end: .exact(2028-02-09)` (effective + 3 ans − 1 jour).
struct Timeline {
    /// The day the convention took effect, when known exactly.
    let effective: CalendarDate?
    /// How `effective` was obtained, or why it is unknown.
    let effectiveNote: String?
    let effectiveEvent: String?
    /// The end of the initial term.
    let end: CalendarResult?
    let endNote: String?
    /// Length of one tacit renewal.
    let renewalPeriod: CalendarPeriod?
    /// How many tacit renewals may follow; nil when the text sets no limit.
    let renewalCount: Int?
    let isTacit: Bool

    init(term: Term, effectiveOverride: CalendarDate?) {
        let stated = term.effective?.date.flatMap(CalendarDate.init(iso:))
        let event = term.effective?.event
        effectiveEvent = event
        if let effectiveOverride {
            effective = effectiveOverride
            if let stated, stated != effectiveOverride {
                effectiveNote = "date donnée par --effective ; le texte indique le \(FrenchCalendar.long(stated))"
            } else if let event {
                effectiveNote = "date de \(event) donnée par --effective"
            } else {
                effectiveNote = "date donnée par --effective"
            }
        } else if let stated {
            effective = stated
            effectiveNote = nil
        } else {
            effective = nil
            if let event {
                effectiveNote = "dépend de la date de \(event), que le texte ne donne pas : passez --effective AAAA-MM-JJ"
            } else {
                effectiveNote = "le texte ne dit pas quand la convention prend effet : passez --effective AAAA-MM-JJ"
            }
        }

        let duration = term.duration.flatMap { CalendarPeriod(iso: $0.period) }
        if let stated = term.end?.date.flatMap(CalendarDate.init(iso:)) {
            end = .exact(stated)
            endNote = nil
        } else if let effective, let duration, !duration.isZero {
            end = effective.adding(duration)?.addingDays(-1)
            let rule = "prise d'effet + \(duration.french) − 1 jour"
            endNote = end == nil ? "\(rule) : au-delà du \(FrenchCalendar.long(CalendarDate.last))" : "calculée : \(rule)"
        } else if duration != nil {
            end = nil
            endNote = "\(term.duration!.text) à compter de la prise d'effet, dont la date est inconnue"
        } else {
            end = nil
            endNote = "le texte ne donne ni date de fin ni durée"
        }

        let renewal = term.renewal
        isTacit = renewal?.kind == .tacit
        if isTacit, let renewal {
            let months = Self.bounded(renewal.periodMonths ?? term.duration?.months)
            renewalPeriod = months.map { CalendarPeriod(months: $0) }
            if let max = Self.bounded(renewal.maxMonths), let months, months > 0 {
                let folded = Folded.fold(renewal.text)
                let countsRenewals = ["reconductions", "renouvellements", "fois"].contains { Folded.contains(folded, word: $0) }
                let renewalMonths = countsRenewals ? max : max - (Self.bounded(term.duration?.months) ?? 0)
                renewalCount = Swift.max(0, renewalMonths / months)
            } else {
                renewalCount = nil
            }
        } else {
            renewalPeriod = nil
            renewalCount = nil
        }
    }

    /// `months` when it is a length the calendar can add (``CalendarPeriod/isBounded``); a
    /// graph may hold any number.
    private static func bounded(_ months: Int?) -> Int? {
        months.flatMap { CalendarPeriod(months: $0).isBounded ? $0 : nil }
    }

    /// Ends of the successive terms: the initial end, then one per tacit renewal (at most
    /// `renewalCount`, or until past `horizon` when the text sets no limit).
    func termEnds(horizon: CalendarDate) -> [CalendarResult] {
        guard let end else { return [] }
        var ends = [end]
        guard isTacit, let renewalPeriod, renewalPeriod.totalMonths > 0 else { return ends }
        var k = 1
        while ends.count < 200 {
            if let renewalCount, k > renewalCount { break }
            if renewalCount == nil, ends[ends.count - 1].earliest > horizon { break }
            // From the day after the end, so that 31 December + 1 an stays a 31 December.
            guard let next = end.addingDays(1)?.flatMap({ $0.adding(CalendarPeriod(months: k * renewalPeriod.totalMonths)) })?
                .addingDays(-1) else { break }
            ends.append(next)
            k += 1
        }
        return ends
    }

    /// `effective + k ans` for k = 1, 2 … while not after `last`.
    func anniversaries(through last: CalendarDate) -> [CalendarResult] {
        guard let effective else { return [] }
        var dates: [CalendarResult] = []
        var k = 1
        while dates.count < 200 {
            guard let date = effective.adding(CalendarPeriod(years: k)), date.earliest <= last else { break }
            dates.append(date)
            k += 1
        }
        return dates
    }

    /// The last day of each year of execution (`effective + k ans − 1 jour`) up to `last`
    /// (by default the end of the initial term).
    func annualEnds(through last: CalendarResult? = nil) -> [CalendarResult] {
        guard let end = last ?? end else { return [] }
        return anniversaries(through: end.latest.addingDays(1) ?? CalendarDate.last).compactMap { $0.addingDays(-1) }
    }

    /// Each 31 December from the effective date up to `last`, `last` itself when it is not one
    /// (the convention ends then).
    func yearEnds(through last: CalendarResult?) -> [CalendarResult] {
        guard let effective, let last else { return [] }
        var dates: [CalendarResult] = []
        for year in effective.year...Swift.max(effective.year, last.latest.year) {
            guard dates.count < 200, let december = CalendarDate(year: year, month: 12, day: 31) else { break }
            if december <= last.latest { dates.append(.exact(december)) }
        }
        if dates.last?.latest != last.latest { dates.append(last) }
        return dates
    }
}
