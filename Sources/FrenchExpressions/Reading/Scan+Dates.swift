extension Scan {
    /// Reads every date from left to right, before numbers, so that `19/12/2019` is one date.
    mutating func findDates() {
        dateAt = [Int32](repeating: -1, count: count + 1)
        var i = 0
        while i < count {
            // A date starts with a day: one or two digits, or a number word ("premier", "trente").
            let token = tokens[i]
            let mayStartDate = token.kind == .digits ? token.digitCount <= 2 : token.kind == .word && roleMask[i].intersects(.dayWords)
            if mayStartDate, let date = readDate(at: i) {
                dateAt[i] = Int32(dates.count)
                dates.append(date)
                i = date.end
            } else {
                i += 1
            }
        }
    }

    /// The complete dates, as ISO strings.
    func readDates() -> [Found<String>] {
        dates.compactMap { date in date.iso.map { Found(start: date.start, end: date.end, value: $0) } }
    }

    private func readDate(at i: Int) -> DateSpan? {
        let token = tokens[i]
        switch token.kind {
        case .digits:
            guard token.digitCount <= 2 else { return nil }
            return readNumericDate(at: i) ?? readWrittenDate(at: i)
        case .word:
            guard has(.cardinal, at: i) || has(.ordinal, at: i) else { return nil }
            return readWrittenDate(at: i)
        case .symbol:
            return nil
        }
    }

    /// `19/12/2019`, `01.09.2021`, `7-03-2022`: day, month, four-figure year, one separator.
    private func readNumericDate(at i: Int) -> DateSpan? {
        guard i + 4 < count else { return nil }
        let separator = tokens[i + 1]
        guard separator.kind == .symbol, separator.gap == .none, [0x2F, 0x2E, 0x2D].contains(separator.value),
              tokens[i + 2].kind == .digits, tokens[i + 2].gap == .none, tokens[i + 2].digitCount <= 2,
              tokens[i + 3].kind == .symbol, tokens[i + 3].value == separator.value, tokens[i + 3].gap == .none,
              tokens[i + 4].kind == .digits, tokens[i + 4].gap == .none, tokens[i + 4].digitCount == 4 else { return nil }
        let (day, month, year) = (Int(tokens[i].value), Int(tokens[i + 2].value), Int(tokens[i + 4].value))
        guard DateSpan.isValid(year: year, month: month, day: day) else { return nil }
        return DateSpan(start: i, end: i + 5, year: year, month: month, day: day)
    }

    /// `1er janvier 2018`, `2 févr. 2023`, `vingt et un mars deux mille vingt`,
    /// `31 décembre de l'année 2023`, or `31 mars` without a year.
    private func readWrittenDate(at i: Int) -> DateSpan? {
        guard let day = readNumber(at: i), day.isInteger, !day.isLast, day.value >= 1, day.value <= 31,
              day.end < count, tokens[day.end].gap != .line, let month = hit(.month, at: day.end) else { return nil }
        let monthNumber = Int(payload(month).number)
        var date = DateSpan(start: i, end: Int(month.end), year: nil, month: monthNumber, day: Int(day.value))
        var yearStart = Int(month.end)
        if let of = hit(.yearOf, at: yearStart) { yearStart = Int(of.end) }
        if yearStart < count, tokens[yearStart].gap != .line, let year = readNumber(at: yearStart), year.isInteger,
           !year.isOrdinal, year.isFourFigures || year.inWords, year.value >= 1000, year.value <= 2999 {
            date.year = Int(year.value)
            date.end = year.end
        }
        guard DateSpan.isValid(year: date.year, month: date.month, day: date.day) else { return nil }
        return date
    }

    private func isYear(at i: Int) -> Bool {
        i < count && tokens[i].kind == .digits && tokens[i].digitCount == 4
    }

    /// Date ranges (`du 1er janvier 2018 au 31 décembre 2020`), year ranges with a lead word
    /// (`la période 2016-2019`) and single years with a lead (`au titre de l'année 2024`).
    mutating func findRanges() {
        for date in dates {
            guard let from = hit(.dateFrom, endingAt: date.start, back: 3), let to = hit(.rangeTo, at: date.end),
                  dateAt[Int(to.end)] >= 0 else { continue }
            let last = dates[Int(dateAt[Int(to.end)])]
            guard let lastYear = last.year else { continue }
            var first = date
            if first.year == nil {
                first.year = (first.month, first.day) <= (last.month, last.day) ? lastYear : lastYear - 1
            }
            var end = last.end
            if let inclusive = hit(.rangeInclusive, at: end) { end = Int(inclusive.end) }
            dateRanges.append(DateRange(start: from.start, end: end, from: first, to: last))
        }
        for i in 0..<count where tokens[i].kind == .digits && tokens[i].digitCount == 4 {
            guard let lead = hit(.periodLead, endingAt: i, back: 2), let to = hit(.rangeTo, at: i + 1) else { continue }
            let j = Int(to.end)
            guard j < count, tokens[j].kind == .digits, tokens[j].digitCount == 4 else { continue }
            let (first, last) = (Int(tokens[i].value), Int(tokens[j].value))
            guard first >= 1000, last > first, last - first <= 30 else { continue }
            yearRanges.append(YearRange(start: lead.start, end: j + 1, first: first, last: last))
        }
        for i in 0..<count where tokens[i].kind == .digits && tokens[i].digitCount == 4 && tokens[i].value >= 1000 {
            guard let lead = hit(.yearSingle, endingAt: i, back: 4), !has(.rangeTo, at: i + 1) || !isYear(at: i + 2) else { continue }
            singleYears.append(YearRange(start: lead.start, end: i + 1, first: Int(tokens[i].value), last: Int(tokens[i].value)))
        }
    }
}
