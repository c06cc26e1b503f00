import ConventionModel

extension Scan {
    /// Lengths of time stated for the convention or a period: a quantity after a lead
    /// (`pour une durée d'un an`, `pour trois ans`, `par périodes de six mois`, `la durée de la
    /// convention est de 3 ans`), one calendar year (`au titre de l'année 2024`), a range of
    /// years counted inclusively (`pour la période 2016-2019` = P4Y), a range of dates of whole
    /// months (`du 1er mars 2024 au 28 février 2025 inclus` = P1Y), an adjective qualifying the
    /// convention (`la convention est biennale` = P2Y). Durations in days or weeks are left out:
    /// their months would be a guess.
    func readDurations() -> [Found<StatedDuration>] {
        var found: [Found<StatedDuration>] = []
        for quantity in quantities {
            guard let months = quantity.months, let period = quantity.period else { continue }
            let start: Int
            if let lead = hit(.durationLead, endingAt: quantity.start, back: 5) {
                start = withPrefix(lead.start)
            } else if let copula = hit(.durationCopula, endingAt: quantity.start, back: 3),
                      let noun = lengthNoun(before: copula.start) {
                start = noun
            } else {
                continue
            }
            found.append(Found(start: start, end: quantity.end,
                               value: StatedDuration(text: text(start, quantity.end), months: months, period: period)))
        }
        for range in yearRanges {
            let start = withPrefix(range.start)
            let years = range.last - range.first + 1
            found.append(Found(start: start, end: range.end,
                               value: StatedDuration(text: text(start, range.end), months: years * 12, period: "P\(years)Y")))
        }
        for year in singleYears {
            let start = withPrefix(year.start)
            found.append(Found(start: start, end: year.end,
                               value: StatedDuration(text: text(start, year.end), months: 12, period: "P1Y")))
        }
        for range in dateRanges {
            guard let months = range.from.monthsThrough(range.to) else { continue }
            let period = months % 12 == 0 ? "P\(months / 12)Y" : "P\(months)M"
            found.append(Found(start: range.start, end: range.end,
                               value: StatedDuration(text: text(range.start, range.end), months: months, period: period)))
        }
        for i in 0..<count where roleMask[i].contains(.frequency) {
            guard let adjective = agreementAdjective(at: i) else { continue }
            found.append(Found(start: adjective.start, end: adjective.end,
                               value: StatedDuration(text: text(adjective.start, adjective.end), months: adjective.years * 12,
                                                     period: "P\(adjective.years)Y")))
        }
        return found.sorted { $0.start < $1.start }
    }

    /// `convention biennale`, `la convention est triennale`, `d'une durée biennale`: a recurrence
    /// adjective of at most once a year qualifying a noun of `length.noun` gives a length in
    /// years. Starts at the noun.
    func agreementAdjective(at i: Int) -> (start: Int, end: Int, years: Int)? {
        guard let adjective = hit(.frequency, at: i) else { return nil }
        let perYear = payload(adjective).number
        guard perYear > 0, perYear <= 1 else { return nil }
        let years = (1 / perYear).rounded()
        guard abs(years - 1 / perYear) < 1e-6 else { return nil }
        var k = i
        for _ in 0..<3 {
            if let agreement = hit(.lengthNoun, endingAt: k, back: 1) {
                return (agreement.start, Int(adjective.end), Int(years))
            }
            guard let copula = hit(.copula, endingAt: k, back: 1) else { return nil }
            k = copula.start
        }
        return nil
    }

    /// `La durée de la convention est de 3 ans`: the `durée` a few tokens before `est de`, in the clause.
    private func lengthNoun(before k: Int) -> Int? {
        var found: Int?
        var j = k - 1
        while j >= 0, j >= k - 6, !isPunctuation(j), tokens[j + 1].gap != .line {
            if hit(.lengthNoun, at: j) != nil { found = j }
            j -= 1
        }
        return found
    }

    /// Extends a duration back over `pour une`, `d'une`, `pour la`.
    private func withPrefix(_ start: Int) -> Int {
        hit(.durationPrefix, endingAt: start, back: 3)?.start ?? start
    }
}
