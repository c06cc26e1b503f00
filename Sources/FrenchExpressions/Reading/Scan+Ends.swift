import ConventionModel

extension Scan {
    /// When the convention ends: `jusqu'au` a date, a verb of ending followed by a date in the
    /// sentence (`prendra fin le 30 juin 2026`, `expire au 31 décembre 2019`, `le terme de la
    /// convention est fixé au …`), the end of a date range, and the last day of a range of
    /// calendar years (`la période 2016-2019` → `2019-12-31`).
    func readEnds() -> [Found<EndDate>] {
        var found: [Found<EndDate>] = []
        var i = 0
        while i < count {
            guard roleMask[i].intersects(.endStarts) else {
                i += 1
                continue
            }
            if let item = endUntil(at: i) ?? endByVerb(at: i) {
                found.append(item)
                i = item.end
            } else {
                i += 1
            }
        }
        for range in dateRanges {
            guard let iso = range.to.iso, !found.contains(where: { $0.value.date == iso && $0.start < range.end && range.start < $0.end }) else { continue }
            found.append(Found(start: range.to.start, end: range.to.end, value: EndDate(text: text(range.to.start, range.to.end), date: iso)))
        }
        for range in yearRanges + singleYears {
            found.append(Found(start: range.start, end: range.end,
                               value: EndDate(text: text(range.start, range.end), date: "\(range.last)-12-31")))
        }
        return found.sorted { $0.start < $1.start }
    }

    private func endUntil(at i: Int) -> Found<EndDate>? {
        guard let until = hit(.endUntil, at: i) else { return nil }
        let k = skip(.articles, from: Int(until.end), limit: 1)
        guard k < count, dateAt[k] >= 0, let iso = dates[Int(dateAt[k])].iso else { return nil }
        let end = dates[Int(dateAt[k])].end
        return Found(start: i, end: end, value: EndDate(text: text(i, end), date: iso))
    }

    private func endByVerb(at i: Int) -> Found<EndDate>? {
        guard let verb = hit(.endVerb, at: i) else { return nil }
        let sentence = sentence(of: i)
        var d = Int(verb.end)
        while d < min(sentence.upperBound, Int(verb.end) + 10) {
            if dateAt[d] >= 0, let iso = dates[Int(dateAt[d])].iso {
                let end = dates[Int(dateAt[d])].end
                return Found(start: i, end: end, value: EndDate(text: text(i, end), date: iso))
            }
            d += 1
        }
        return nil
    }
}
