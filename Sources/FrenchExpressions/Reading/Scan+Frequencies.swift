import ConventionModel

extension Scan {
    /// Recurrences: `deux fois par an`, `une à deux fois par an`, `une fois l'an`, `chaque
    /// trimestre`, `tous les deux ans`, `à raison de quatre réunions par an`, `une réunion
    /// technique par trimestre` (a noun of `frequency.event`), `d'année en année`,
    /// and the adjectives and adverbs of `frequency-words.txt` (`semestriellement`,
    /// `trimestrielles`) unless they give the convention's length. A bound before
    /// (`au minimum`, `au moins`) is part of the phrase.
    func readFrequencies() -> [Found<Frequency>] {
        var found: [Found<Frequency>] = []
        var i = 0
        while i < count {
            guard numberAt[i] >= 0 || roleMask[i].intersects(.frequencyStarts)
                    || (roleMask[i].contains(.of) && roleMask[i + 1].contains(.timeUnit)) else {
                i += 1
                continue
            }
            if let item = frequency(at: i) {
                found.append(item)
                i = item.end
            } else {
                i += 1
            }
        }
        return found
    }

    private func frequency(at i: Int) -> Found<Frequency>? {
        if let number = numberStarting(at: i), !number.isOrdinal, !number.isLast {
            var j = number.end
            var most: Double?
            if let to = hit(.rangeTo, at: j), let second = numberStarting(at: Int(to.end)), !second.isOrdinal,
               second.value > number.value {
                most = second.value
                j = second.end
            }
            if let times = hit(.frequencyTimes, at: j), let per = hit(.frequencyPer, at: Int(times.end)),
               let unit = unitAlone(at: Int(per.end)) {
                return make(i, unit.end, perYear: number.value * unit.perYear, most: most.map { $0 * unit.perYear })
            }
            // "une réunion technique par trimestre": a recurring thing, a word at most, per unit.
            var k = j
            while k < j + 2, k < count, !isClauseBreak(k), !has(.frequencyEvent, at: k) { k += 1 }
            if let event = hit(.frequencyEvent, at: k) {
                var p = Int(event.end)
                if !has(.frequencyPer, at: p), p < count, !isClauseBreak(p), tokens[p].kind == .word { p += 1 }
                if let per = hit(.frequencyPer, at: p), let unit = unitAlone(at: Int(per.end)) {
                    return make(i, unit.end, perYear: number.value * unit.perYear, most: most.map { $0 * unit.perYear })
                }
            }
        }
        if let each = hit(.frequencyEach, at: i), let unit = unitAlone(at: Int(each.end)) {
            return make(i, unit.end, perYear: unit.perYear)
        }
        if let every = hit(.frequencyEvery, at: i) {
            let j = Int(every.end)
            if let quantity = quantity(at: j, orUnitAlone: true), quantity.isCountable {
                return make(i, quantity.end, perYear: quantity.perYear)
            }
        }
        if let rate = hit(.frequencyRate, at: i), let number = numberStarting(at: Int(rate.end)), !number.isOrdinal {
            var k = number.end
            while k < number.end + 4, !isClauseBreak(k) {
                if let per = hit(.frequencyPer, at: k), let unit = unitAlone(at: Int(per.end)) {
                    return make(i, unit.end, perYear: number.value * unit.perYear)
                }
                k += 1
            }
        }
        if let of = hit(.of, at: i), let unit = unitAlone(at: Int(of.end)), let inWord = hit(.in, at: unit.end),
           Int(inWord.end) < count, tokens[Int(inWord.end)].id == tokens[unit.start].id, let again = unitAlone(at: Int(inWord.end)) {
            return make(i, again.end, perYear: unit.perYear)
        }
        if let adjective = hit(.frequency, at: i), agreementAdjective(at: i) == nil {
            return make(i, Int(adjective.end), perYear: payload(adjective).number)
        }
        return nil
    }

    private func make(_ start: Int, _ end: Int, perYear: Double, most: Double? = nil) -> Found<Frequency> {
        let start = hit(.bound, endingAt: start, back: 3)?.start ?? start
        return Found(start: start, end: end, value: Frequency(text: text(start, end), perYear: perYear, maxPerYear: most))
    }

    /// The number read at token `i` in the left-to-right pass.
    func numberStarting(at i: Int) -> NumberSpan? {
        guard i >= 0, i < count, numberAt[i] >= 0 else { return nil }
        return numbers[Int(numberAt[i])]
    }
}
