import ConventionModel

/// The key dates of a convention: prise d'effet, fin, last days for the termination notice
/// and for the renewal, and the delays that run from an event.
///
/// `conclue du 1er janvier 2025 au 31 décembre 2027 … avec un préavis de trois mois avant
/// l'échéance annuelle` → Prise d'effet 1er janvier 2025, Fin 31 décembre 2027, and one last
/// day for the notice per year of execution (30 septembre ou 1er octobre: ambiguous).
struct KeyDateReader {
    let graph: ConventionGraph
    let timeline: Timeline
    let from: CalendarDate
    /// The normalised text the graph's spans point into, when the caller has it: the sentence
    /// of a termination notice says when the convention may end.
    var scalars: [Unicode.Scalar]? = nil
    var holidays = PublicHolidays()

    /// The key dates: those with a date in date order (ties in reading order), then those
    /// whose date is unknown, then the delays that run from an event.
    func keyDates() -> [KeyDate] {
        var dates: [KeyDate] = []
        let term = graph.term
        dates.append(KeyDate(kind: .effective, key: "effective", label: "Prise d'effet",
                             date: timeline.effective.map(CalendarResult.exact), source: term.effective?.text,
                             article: nil, note: timeline.effectiveNote))
        dates.append(KeyDate(kind: .end, key: "end", label: "Fin de la convention", date: timeline.end,
                             source: term.end?.text ?? term.duration?.text, article: nil,
                             note: join(timeline.endNote, ambiguity(timeline.end))))
        let horizon = Swift.max(from, timeline.end?.latest ?? from).adding(CalendarPeriod(years: 1))?.latest ?? CalendarDate.last
        let ends = timeline.termEnds(horizon: horizon)
        if timeline.isTacit, let count = timeline.renewalCount, count > 0, ends.count > 1 {
            dates.append(KeyDate(kind: .finalEnd, key: "final-end",
                                 label: "Fin au plus tard, après \(count) reconduction\(count > 1 ? "s" : "") tacite\(count > 1 ? "s" : "")",
                                 date: ends.last, source: term.renewal?.text, article: nil,
                                 note: ambiguity(ends.last)))
        }

        var others: [KeyDate] = []
        var renewalNoticeSeen = false
        for notice in graph.notices {
            let period = notice.period.flatMap(CalendarPeriod.init(iso:))
            if let period, period.isZero { continue }
            let article = ArticleReference(notice.article, in: graph)
            let count = DayCount(qualifier: notice.qualifier, text: notice.text)
            switch notice.purpose {
            case .termination:
                let clause = TerminationMoment.clause(of: notice, in: graph, scalars: scalars)
                let moment = TerminationMoment.read(notice: notice, clause: clause, effectiveEvent: timeline.effectiveEvent)
                guard moment != .none else {
                    others.append(delay(notice, label: "Préavis de résiliation", period: period, count: count, article: article,
                                        what: "le texte ne limite pas la résiliation à une date : elle prend effet"))
                    continue
                }
                dates += series(notice, period: period, count: count, article: article, kind: .terminationNotice,
                                label: "Dernier jour pour envoyer un préavis de résiliation",
                                bases: bases(moment, renewalEnds: false, ends: ends))
            case .renewal:
                renewalNoticeSeen = true
                let label = timeline.isTacit ? "Dernier jour pour dénoncer la reconduction tacite"
                    : "Date limite pour engager le renouvellement"
                dates += series(notice, period: period, count: count, article: article, kind: .renewalDeadline, label: label,
                                bases: bases(Anchor(notice.anchor, effectiveEvent: timeline.effectiveEvent), renewalEnds: true, ends: ends))
            case .modification, .breach, .other:
                let label = switch notice.purpose {
                case .modification: "Préavis avant une modification"
                case .breach: "Délai après une mise en demeure"
                default: "Autre préavis"
                }
                others.append(delay(notice, label: label, period: period, count: count, article: article, what: nil))
            }
        }
        if timeline.isTacit, !renewalNoticeSeen {
            let renewals = ends.dropLast(timeline.renewalCount == nil ? 0 : 1).enumerated().map { index, end in
                KeyDate(kind: .tacitRenewal, key: "tacit-renewal-\(index + 1)", label: "Reconduction tacite",
                        date: end.addingDays(1), source: term.renewal?.text, article: nil,
                        note: join("reconduite le lendemain de l'échéance du \(FrenchCalendar.long(end)) ; le texte ne fixe pas de délai pour la dénoncer",
                                   ambiguity(end)))
            }
            dates += keepCurrent(Array(renewals))
        }
        // Dated first, by date (ties in reading order), then the undated, then the delays from an event.
        let ordered = dates.enumerated().sorted { a, b in
            switch (a.element.date?.earliest, b.element.date?.earliest) {
            case let (x?, y?): return x != y ? x < y : a.offset < b.offset
            case (.some, .none): return true
            case (.none, .some): return false
            case (.none, .none): return a.offset < b.offset
            }
        }.map(\.element)
        return ordered + others
    }

    /// A notice that runs from an event (a request, a mise en demeure, the sending of the
    /// notice itself): no date, its length and what it runs from in the note.
    private func delay(_ notice: NoticePeriod, label: String, period: CalendarPeriod?, count: DayCount,
                       article: ArticleReference?, what: String?) -> KeyDate {
        let length = period.map(count.describe) ?? "un délai"
        var note = what.map { "\($0) \(length) \(notice.anchor ?? "après l'envoi du préavis") ; pas de date fixe" }
            ?? "court à partir d'un événement\(notice.anchor.map { " : \($0)" } ?? "") ; pas de date fixe"
        if count != .calendar { note += " ; \(count.french)" }
        let key = notice.purpose == .termination ? "termination-\(notice.id)" : "notice-\(notice.id)"
        return KeyDate(kind: .notice, key: key, label: label, date: nil, source: notice.text, article: article, note: note)
    }

    /// The dates a notice counts back from, with a label for each: the end, each annual
    /// échéance, each anniversary, the end of each calendar year, or the end of each term a
    /// tacit renewal adds.
    private func bases(_ anchor: Anchor, renewalEnds: Bool, ends: [CalendarResult]) -> [(CalendarResult, String)] {
        // The last day the convention may last: after every tacit renewal the text allows.
        let last = ends.last ?? timeline.end
        switch anchor {
        case .anniversary:
            if renewalEnds {
                // The anniversaries at which the convention renews: the day after each renewable term.
                let renewable = timeline.isTacit && timeline.renewalCount != nil ? Array(ends.dropLast()) : ends
                return renewable.compactMap { $0.addingDays(1) }.map { ($0, "date anniversaire du \(FrenchCalendar.long($0))") }
            }
            guard let through = last?.latest.addingDays(1) else { return [] }
            return timeline.anniversaries(through: through).map { ($0, "date anniversaire du \(FrenchCalendar.long($0))") }
        case .annualEnd:
            return timeline.annualEnds(through: last).map { ($0, "échéance annuelle du \(FrenchCalendar.long($0))") }
        case .periodEnd(let months) where months == 12:
            return timeline.yearEnds(through: last).map { ($0, "fin de l'année civile le \(FrenchCalendar.long($0))") }
        default:
            if renewalEnds, timeline.isTacit {
                let renewable = timeline.renewalCount == nil ? ends : Array(ends.dropLast())
                return renewable.map { ($0, "échéance du \(FrenchCalendar.long($0))") }
            }
            return timeline.end.map { [($0, "fin de la convention le \(FrenchCalendar.long($0))")] } ?? []
        }
    }

    /// One key date per base (`base − period`, the days counted as the text says), the past
    /// ones dropped when later ones remain.
    private func series(_ notice: NoticePeriod, period: CalendarPeriod?, count: DayCount, article: ArticleReference?,
                        kind: KeyDate.Kind, label: String, bases: [(CalendarResult, String)]) -> [KeyDate] {
        let key = "\(kind == .terminationNotice ? "termination" : "renewal")-\(notice.id)"
        guard let period else {
            return [KeyDate(kind: kind, key: key, label: label, date: nil, source: notice.text, article: article,
                            note: "la durée du préavis n'a pas pu être lue")]
        }
        guard !bases.isEmpty else {
            return [KeyDate(kind: kind, key: key, label: label, date: nil, source: notice.text, article: article,
                            note: "l'échéance de la convention est inconnue : \(timeline.endNote ?? "passez --effective")")]
        }
        let all = bases.enumerated().map { index, base in
            let date = base.0.flatMap { $0.moved(by: period, counting: count, holidays: holidays, forward: false) }
            var rule = "\(base.1) − préavis de \(count.describe(period))"
            if count != .calendar { rule += " (\(count.french))" }
            return KeyDate(kind: kind, key: bases.count == 1 ? key : "\(key)-\(index + 1)",
                           label: bases.count == 1 ? label : "\(label) (\(base.1))", date: date,
                           source: notice.text, article: article,
                           note: date == nil ? "\(rule) : avant le \(FrenchCalendar.long(CalendarDate.first))" : ambiguity(date) ?? rule)
        }
        return keepCurrent(all)
    }

    /// The key dates not past on `from`; the last one when all are past.
    private func keepCurrent(_ dates: [KeyDate]) -> [KeyDate] {
        let current = dates.filter { !$0.isPast(on: from) }
        if current.isEmpty, let last = dates.last { return [last] }
        return current
    }

    private func ambiguity(_ date: CalendarResult?) -> String? {
        guard let date, let reason = date.reason else { return nil }
        return "date ambiguë, \(reason) : au plus sûr, le \(FrenchCalendar.long(date.earliest))"
    }

    private func join(_ parts: String?...) -> String? {
        let present = parts.compactMap { $0 }
        return present.isEmpty ? nil : present.joined(separator: " ; ")
    }
}
