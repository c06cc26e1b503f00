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

        var dated: [KeyDate] = []
        var others: [KeyDate] = []
        var renewalNoticeSeen = false
        for notice in graph.notices {
            let period = notice.period.flatMap(CalendarPeriod.init(iso:))
            if let period, period.isZero { continue }
            let article = ArticleReference(notice.article, in: graph)
            switch notice.purpose {
            case .termination:
                dated += series(notice, period: period, article: article, kind: .terminationNotice,
                                label: "Dernier jour pour envoyer un préavis de résiliation",
                                bases: bases(for: notice, renewalEnds: false, ends: ends))
            case .renewal:
                renewalNoticeSeen = true
                let label = timeline.isTacit ? "Dernier jour pour dénoncer la reconduction tacite"
                    : "Date limite pour engager le renouvellement"
                dated += series(notice, period: period, article: article, kind: .renewalDeadline, label: label,
                                bases: bases(for: notice, renewalEnds: true, ends: ends))
            case .modification, .breach, .other:
                let label = switch notice.purpose {
                case .modification: "Préavis avant une modification"
                case .breach: "Délai après une mise en demeure"
                default: "Autre préavis"
                }
                let anchor = notice.anchor.map { " : \($0)" } ?? ""
                others.append(KeyDate(kind: .notice, key: "notice-\(notice.id)", label: label, date: nil,
                                      source: notice.text, article: article,
                                      note: "court à partir d'un événement\(anchor) ; pas de date fixe"))
            }
        }
        if timeline.isTacit, !renewalNoticeSeen {
            let renewals = ends.dropLast(timeline.renewalCount == nil ? 0 : 1).enumerated().map { index, end in
                KeyDate(kind: .tacitRenewal, key: "tacit-renewal-\(index + 1)", label: "Reconduction tacite",
                        date: end.addingDays(1), source: term.renewal?.text, article: nil,
                        note: join("reconduite le lendemain de l'échéance du \(FrenchCalendar.long(end)) ; le texte ne fixe pas de délai pour la dénoncer",
                                   ambiguity(end)))
            }
            dated += keepCurrent(Array(renewals))
        }
        // Dated first, by date (ties in reading order), then the undated.
        let ordered = dated.enumerated().sorted { a, b in
            switch (a.element.date?.earliest, b.element.date?.earliest) {
            case let (x?, y?): return x != y ? x < y : a.offset < b.offset
            case (.some, .none): return true
            case (.none, .some): return false
            case (.none, .none): return a.offset < b.offset
            }
        }.map(\.element)
        return dates + ordered + others
    }

    /// The dates a notice counts back from, with a label for each: the end, each annual
    /// échéance, each anniversary, or the end of each term a tacit renewal adds.
    private func bases(for notice: NoticePeriod, renewalEnds: Bool, ends: [CalendarResult]) -> [(CalendarResult, String)] {
        switch Anchor(notice.anchor, effectiveEvent: timeline.effectiveEvent) {
        case .anniversary:
            if renewalEnds {
                // The anniversaries at which the convention renews: the day after each renewable term.
                let renewable = timeline.isTacit && timeline.renewalCount != nil ? Array(ends.dropLast()) : ends
                return renewable.compactMap { $0.addingDays(1) }.map { ($0, "date anniversaire du \(FrenchCalendar.long($0))") }
            }
            guard let last = timeline.end?.latest.addingDays(1) else { return [] }
            return timeline.anniversaries(through: last).map { ($0, "date anniversaire du \(FrenchCalendar.long($0))") }
        case .annualEnd:
            return timeline.annualEnds().map { ($0, "échéance annuelle du \(FrenchCalendar.long($0))") }
        default:
            if renewalEnds, timeline.isTacit {
                let renewable = timeline.renewalCount == nil ? ends : Array(ends.dropLast())
                return renewable.map { ($0, "échéance du \(FrenchCalendar.long($0))") }
            }
            return timeline.end.map { [($0, "fin de la convention le \(FrenchCalendar.long($0))")] } ?? []
        }
    }

    /// One key date per base (`base − period`), the past ones dropped when later ones remain.
    private func series(_ notice: NoticePeriod, period: CalendarPeriod?, article: ArticleReference?, kind: KeyDate.Kind,
                        label: String, bases: [(CalendarResult, String)]) -> [KeyDate] {
        let key = "\(kind == .terminationNotice ? "termination" : "renewal")-\(notice.id)"
        guard let period else {
            return [KeyDate(kind: kind, key: key, label: label, date: nil, source: notice.text, article: article,
                            note: "la durée du préavis n'a pas pu être lue")]
        }
        if let qualifier = notice.qualifier {
            return [KeyDate(kind: kind, key: key, label: label, date: nil, source: notice.text, article: article,
                            note: "préavis en jours \(qualifier) : date calendaire non calculée (jours fériés)")]
        }
        guard !bases.isEmpty else {
            return [KeyDate(kind: kind, key: key, label: label, date: nil, source: notice.text, article: article,
                            note: "l'échéance de la convention est inconnue : \(timeline.endNote ?? "passez --effective")")]
        }
        let all = bases.enumerated().map { index, base in
            let date = base.0.flatMap { $0.subtracting(period) }
            let rule = "\(base.1) − préavis de \(period.french)"
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
