import ConventionModel

extension Scan {
    /// When the convention takes effect: a verb of taking effect followed by an event of
    /// `effective-events.txt` or a date (`prend effet à compter de sa notification`, `entre en
    /// vigueur le 1er janvier 2025`), `à compter de` / `à partir de` an event or a date in a
    /// sentence about the convention or its duration, and the start of a date range
    /// (`du 1er mars 2024 au …`). Phrases inside a deadline or a notice (`covered`) and a
    /// termination that takes effect (`la résiliation prend effet …`) are left out.
    func readEffectives(covered: [Bool], durations: [Found<StatedDuration>]) -> [Found<EffectiveDate>] {
        var found: [Found<EffectiveDate>] = []
        var i = 0
        while i < count {
            guard roleMask[i].intersects(.effectiveStarts) else {
                i += 1
                continue
            }
            if let item = effectiveByVerb(at: i) ?? effectiveFrom(at: i, covered: covered, durations: durations) {
                found.append(item)
                i = item.end
            } else {
                i += 1
            }
        }
        for range in dateRanges where !found.contains(where: { $0.start < range.end && range.start < $0.end }) {
            guard let iso = range.from.iso else { continue }
            found.append(Found(start: range.start, end: range.from.end,
                               value: EffectiveDate(text: text(range.start, range.from.end), date: iso)))
        }
        return found.sorted { $0.start < $1.start }
    }

    private func effectiveByVerb(at i: Int) -> Found<EffectiveDate>? {
        guard let verb = hit(.effectiveVerb, at: i) else { return nil }
        let sentence = sentence(of: i)
        for k in sentence.lowerBound..<i {
            if let h = hit(.purpose, at: k), payload(h).number >= 3,
               payload(h).purpose == .termination || payload(h).purpose == .breach { return nil }
        }
        let j = Int(verb.end)
        let k = skip(.effectiveLinks, from: j, limit: 4)
        if let event = hit(.event, at: k) {
            return Found(start: i, end: Int(event.end), value: EffectiveDate(
                text: text(i, Int(event.end)), event: label(event)))
        }
        var d = j
        while d < min(sentence.upperBound, j + 12) {
            if has(.endUntil, at: d) || has(.noticeWord, at: d) || has(.noticeDelay, at: d) { break }
            if dateAt[d] >= 0, let iso = dates[Int(dateAt[d])].iso {
                let end = dates[Int(dateAt[d])].end
                return Found(start: i, end: end, value: EffectiveDate(text: text(i, end), date: iso))
            }
            d += 1
        }
        return nil
    }

    private func effectiveFrom(at i: Int, covered: [Bool], durations: [Found<StatedDuration>]) -> Found<EffectiveDate>? {
        guard !covered[i], let from = hit(.effectiveFrom, at: i) else { return nil }
        let sentence = sentence(of: i)
        let aboutConvention = sentence.contains { has(.agreement, at: $0) }
            || durations.contains { sentence.contains($0.start) && $0.start < i }
        guard aboutConvention else { return nil }
        let k = skip(.effectiveFromLinks, from: Int(from.end), limit: 3)
        if let event = hit(.event, at: k) {
            return Found(start: i, end: Int(event.end), value: EffectiveDate(
                text: text(i, Int(event.end)), event: label(event)))
        }
        if k < count, dateAt[k] >= 0, let iso = dates[Int(dateAt[k])].iso {
            let end = dates[Int(dateAt[k])].end
            return Found(start: i, end: end, value: EffectiveDate(text: text(i, end), date: iso))
        }
        return nil
    }
}
