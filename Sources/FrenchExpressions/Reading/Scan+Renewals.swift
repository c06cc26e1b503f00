import ConventionModel

extension Scan {
    /// How the convention is renewed, one per sentence that speaks of it: the kind (`tacite
    /// reconduction` → tacit, `par voie d'avenant` → express, `ne peut être reconduite
    /// tacitement` with no other way → none), the period of a renewal (the first length after the
    /// renewal word: `pour une durée d'un an`, `chaque année`, `par périodes annuelles`) and the
    /// most it can add up to (`dans la limite de 3 ans`, or `trois fois` × the period).
    /// A sentence whose kind, period and limit are all unknown gives nothing.
    func readRenewals(durations: [Found<StatedDuration>], frequencies: [Found<Frequency>]) -> [Found<Renewal>] {
        var found: [Found<Renewal>] = []
        for s in 0..<(sentenceStarts.count - 1) {
            let sentence = Int(sentenceStarts[s])..<Int(sentenceStarts[s + 1])
            if let item = renewal(in: sentence, durations: durations, frequencies: frequencies) { found.append(item) }
        }
        return found
    }

    private func renewal(in sentence: Range<Int>, durations: [Found<StatedDuration>],
                         frequencies: [Found<Frequency>]) -> Found<Renewal>? {
        var first: Int?
        var (tacit, noTacit, express, notRenewable) = (false, false, false, false)
        for k in sentence where roleMask[k].intersects(.renewalCues) {
            for h in Int(hitStart[k])..<Int(hitStart[k + 1]) {
                switch hits[h].role {
                case .renewalWord:
                    if isNonCompound(k) { continue }
                    first = first ?? k
                    if isNegated(k) { notRenewable = true }
                case .renewalTacit:
                    first = first ?? k
                    if isNegated(k) { noTacit = true } else { tacit = true }
                case .renewalExpress:
                    if !isNegated(k) { express = true }
                default:
                    break
                }
            }
        }
        guard let cue = first else { return nil }
        var kind: Renewal.Kind?
        if tacit {
            kind = .tacit
        } else if express {
            kind = .express
        } else if noTacit || notRenewable {
            kind = Renewal.Kind.none
        }
        var periodMonths: Int?
        var maxMonths: Int?
        if kind != Renewal.Kind.none {
            let limit = limitMonths(in: cue..<sentence.upperBound)
            periodMonths = period(in: cue..<sentence.upperBound, avoiding: limit?.range, durations: durations,
                                  frequencies: frequencies)
            if let limit {
                maxMonths = limit.months
            } else if let times = renewalCount(in: cue..<sentence.upperBound), let periodMonths {
                let (months, overflow) = times.multipliedReportingOverflow(by: periodMonths)
                if !overflow, months <= Quantity.longestYears * 12 { maxMonths = months }
            }
        }
        guard kind != nil || periodMonths != nil || maxMonths != nil else { return nil }
        var start = sentence.lowerBound
        if isSymbol(start, "-"), start + 1 < sentence.upperBound { start += 1 }
        var end = sentence.upperBound
        while end > start + 1, isPunctuation(end - 1) { end -= 1 }
        return Found(start: start, end: end, value: Renewal(text: text(start, end), kind: kind, periodMonths: periodMonths,
                                                            maxMonths: maxMonths))
    }

    /// `non-renouvellement`: the act of not renewing, not a way of renewing.
    private func isNonCompound(_ k: Int) -> Bool {
        k >= 2 && isSymbol(k - 1, "-") && tokens[k].gap == .none && tokens[k - 1].gap == .none
            && has(.renewalNegation, at: k - 2)
    }

    /// A negation in the five tokens before `k`, within the clause (`ne peut être reconduite`,
    /// `aucune reconduction tacite`, `non renouvelable`).
    private func isNegated(_ k: Int) -> Bool {
        var j = k - 1
        while j >= 0, j >= k - 5, !isPunctuation(j), tokens[j + 1].gap != .line {
            if let negation = hit(.renewalNegation, at: j), Int(negation.end) <= k { return true }
            j -= 1
        }
        return false
    }

    /// `dans la limite de 3 ans`, `sans que sa durée totale puisse excéder quatre ans`.
    private func limitMonths(in range: Range<Int>) -> (months: Int, range: Range<Int>)? {
        for k in range {
            guard let limit = hit(.renewalLimit, at: k) else { continue }
            var j = Int(limit.end)
            while j < range.upperBound, j <= Int(limit.end) + 5, !isClauseBreak(j) {
                if let quantity = quantity(at: j), let months = quantity.months { return (months, k..<quantity.end) }
                j += 1
            }
        }
        return nil
    }

    /// The first length after the renewal word, outside the limit: a duration or a recurrence
    /// of at most once a year (`chaque année`, `annuellement` → 12).
    private func period(in range: Range<Int>, avoiding limit: Range<Int>?, durations: [Found<StatedDuration>],
                        frequencies: [Found<Frequency>]) -> Int? {
        var best: (start: Int, months: Int)?
        func outsideLimit(_ start: Int, _ end: Int) -> Bool {
            guard let limit else { return true }
            return end <= limit.lowerBound || start >= limit.upperBound
        }
        for item in durations where range.contains(item.start) && outsideLimit(item.start, item.end) {
            if best == nil || item.start < best!.start { best = (item.start, item.value.months) }
            break
        }
        for item in frequencies where range.contains(item.start) && outsideLimit(item.start, item.end) {
            guard item.value.perYear <= 1, let months = Int(exactly: 12 / item.value.perYear) else { continue }
            if best == nil || item.start < best!.start { best = (item.start, months) }
            break
        }
        return best?.months
    }

    /// `renouvelable trois fois`, `une seule fois`, `dans la limite de deux reconductions`: how
    /// many renewals, when not a recurrence (`deux fois par an`); nil past an `Int`.
    private func renewalCount(in range: Range<Int>) -> Int? {
        for k in range {
            guard let number = numberStarting(at: k), !number.isOrdinal, number.isInteger else { continue }
            if let times = hit(.frequencyTimes, at: number.end) {
                if let per = hit(.frequencyPer, at: Int(times.end)), unitAlone(at: Int(per.end)) != nil { continue }
                return Int(exactly: number.value)
            }
            if !number.isArticle, has(.renewalWord, at: number.end) { return Int(exactly: number.value) }
        }
        return nil
    }
}
