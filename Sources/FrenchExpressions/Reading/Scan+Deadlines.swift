import ConventionModel

extension Scan {
    /// When something is due: a delay (`dans les 48 heures`, `sous huitaine`, `dans un délai
    /// d'un mois à compter de sa notification`), a delay before or after an event (`au plus
    /// tard quinze jours avant la réunion`), a day of the year (`avant le 31 mars de chaque
    /// année`, `le 1er mai de l'année suivante`), a date, or a quarter (`dans le courant du
    /// premier trimestre de l'année suivante`).
    func readDeadlines() -> [Found<Deadline>] {
        var found: [Found<Deadline>] = []
        var i = 0
        while i < count {
            guard roleMask[i].intersects(.deadlineStarts) || quantityAt[i] >= 0 || dateAt[i] >= 0
                    || roleMask[i].contains(.noticeDelay)
                    || (roleMask[i].contains(.article) && dateAt[i + 1] >= 0) else {
                i += 1
                continue
            }
            if let item = quarterDeadline(at: i) ?? delayDeadline(at: i) ?? qualifiedDelayDeadline(at: i)
                ?? latestDeadline(at: i) ?? relativeDeadline(at: i) ?? yearlyDeadline(at: i) {
                found.append(item)
                i = item.end
            } else {
                i += 1
            }
        }
        return found
    }

    /// `dans le courant du premier trimestre de l'année suivante` → quarter 1, year offset 1.
    private func quarterDeadline(at i: Int) -> Found<Deadline>? {
        guard let lead = hit(.deadlineDuring, at: i) else { return nil }
        let j = skip(.articles, from: Int(lead.end), limit: 1)
        guard let rank = numberStarting(at: j) ?? readNumber(at: j), rank.isOrdinal,
              let unit = unitAlone(at: rank.end), unit.unit == .month, unit.amount == 3 else { return nil }
        let quarter = rank.isLast ? 4 : Int(rank.value)
        guard (1...4).contains(quarter) else { return nil }
        let (offset, end) = yearQualifier(at: unit.end)
        return Found(start: i, end: end, value: Deadline(text: text(i, end), quarter: quarter, yearOffset: offset))
    }

    /// `dans les 48 heures`, `dans un délai de deux mois à compter de la réception de la demande`,
    /// `dans le mois qui suit`, `sous huitaine`.
    private func delayDeadline(at i: Int) -> Found<Deadline>? {
        guard let lead = hit(.delays, at: i),
              let quantity = quantity(at: Int(lead.end), orUnitAlone: lead.role == .deadlineWithinOne) else { return nil }
        return delay(start: i, quantity: quantity, qualifier: quantity.qualifier)
    }

    /// `dans un délai franc de huit jours`: the qualifier between `délai` and the length, with
    /// the words before `délai` (`dans un`, `sous un`) in the text.
    private func qualifiedDelayDeadline(at i: Int) -> Found<Deadline>? {
        guard has(.noticeDelay, at: i), let qualifier = hit(.qualifier, at: i + 1),
              let of = hit(.of, at: Int(qualifier.end)), let quantity = quantity(at: Int(of.end)) else { return nil }
        var start = i
        if has(.determiner, at: i - 1) {
            start = i - 1
            if start > 0, ["dans", "sous"].contains(text(start - 1, start).lowercased()) { start -= 1 }
        }
        return delay(start: start, quantity: quantity, qualifier: quantity.qualifier ?? label(qualifier))
    }

    private func delay(start i: Int, quantity: Quantity, qualifier: String?) -> Found<Deadline> {
        var end = quantity.qualifiedEnd
        if let most = hit(.deadlineMax, at: end) { end = Int(most.end) }
        var anchor: String?
        if let from = hit(.anchorLead, at: end) {
            end = Int(from.end)
            if let phrase = anchorPhrase(from: end, trimmed: true) {
                anchor = text(phrase.start, phrase.end)
                end = phrase.end
            }
        }
        return Found(start: i, end: end, value: Deadline(text: text(i, end), days: quantity.days, period: quantity.period,
                                                         qualifier: qualifier, anchor: anchor))
    }

    /// `au plus tard le 30 juin de l'année N+1`, `avant le 31 mars de chaque année`,
    /// `au plus tard un mois avant la date anniversaire`.
    private func latestDeadline(at i: Int) -> Found<Deadline>? {
        guard let lead = hit(.latest, at: i) else { return nil }
        let j = Int(lead.end)
        let k = skip(.articles, from: j, limit: 1)
        if k < count, dateAt[k] >= 0 {
            return dateDeadline(start: i, date: dates[Int(dateAt[k])])
        }
        guard lead.role == .deadlineLatest, let quantity = quantity(at: j) else { return nil }
        return relative(start: i, quantity: quantity, required: false)
    }

    /// `quinze jours avant la réunion du comité de pilotage`, `deux mois après la signature`.
    private func relativeDeadline(at i: Int) -> Found<Deadline>? {
        guard let quantity = quantity(at: i) else { return nil }
        let start = hit(.bound, endingAt: i, back: 3)?.start ?? i
        return relative(start: start, quantity: quantity, required: true)
    }

    private func relative(start: Int, quantity: Quantity, required: Bool) -> Found<Deadline>? {
        var end = quantity.qualifiedEnd
        var anchor: String?
        let sideAt = hit(.bound, at: end).map { Int($0.end) } ?? end   // trois mois au moins avant
        if let side = hit(.sides, at: sideAt), let phrase = anchorPhrase(from: Int(side.end), trimmed: true) {
            anchor = text(phrase.start, phrase.end)
            end = phrase.end
        } else if required {
            return nil
        }
        return Found(start: start, end: end, value: Deadline(text: text(start, end), days: quantity.days,
                                                             period: quantity.period, qualifier: quantity.qualifier, anchor: anchor))
    }

    /// `le 1er mai de l'année suivante`, `le 31 mars de chaque année`: a day of the year with a
    /// year word, without a lead.
    private func yearlyDeadline(at i: Int) -> Found<Deadline>? {
        let k = skip(.articles, from: i, limit: 1)
        guard k < count, dateAt[k] >= 0 else { return nil }
        let date = dates[Int(dateAt[k])]
        guard date.year == nil, hit(.yearNext, at: date.end) != nil || hit(.yearEach, at: date.end) != nil else { return nil }
        return dateDeadline(start: i, date: date)
    }

    private func dateDeadline(start: Int, date: DateSpan) -> Found<Deadline> {
        if let iso = date.iso {
            return Found(start: start, end: date.end, value: Deadline(text: text(start, date.end), date: iso))
        }
        let (offset, end) = yearQualifier(at: date.end)
        return Found(start: start, end: end, value: Deadline(text: text(start, end), dayOfYear: date.dayOfYear,
                                                             yearOffset: offset))
    }

    /// `de l'année suivante` → 1; `de chaque année`, `de l'année` → nil; with the end of the words.
    private func yearQualifier(at j: Int) -> (offset: Int?, end: Int) {
        if let next = hit(.yearNext, at: j) { return (1, Int(next.end)) }
        if let each = hit(.yearEach, at: j) { return (nil, Int(each.end)) }
        return (nil, j)
    }

    /// The noun phrase after a connective, to the end of the clause: `la clôture de l'exercice`
    /// → `clôture de l'exercice` when `trimmed` drops the leading determiners.
    func anchorPhrase(from j: Int, trimmed: Bool, stopWords: Bool = true) -> (start: Int, end: Int)? {
        guard j < count, !isClauseBreak(j) else { return nil }
        let start = trimmed ? skip(.determiners, from: j, limit: 2) : j
        guard start < count, !isClauseBreak(start) else { return nil }
        var end = start
        while end < count, end - start < 14, end == start || !isClauseBreak(end) {
            if end > start && stopWords && has(.anchorStop, at: end) && !has(.of, at: end - 1) { break }
            end += 1
        }
        return end > start ? (start, end) : nil
    }
}
