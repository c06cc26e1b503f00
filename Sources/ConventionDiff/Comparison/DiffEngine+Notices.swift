import ConventionModel

extension DiffEngine {
    /// Notices matched by purpose and place (or close wording); a change of length, qualifier,
    /// anchor or purpose is a modification.
    mutating func compareNotices() {
        let olds = old.graph.notices, news = new.graph.notices
        let oldUnits = olds.map { old.unit(article: $0.article, offset: $0.span?.start) }
        let newUnits = news.map { new.unit(article: $0.article, offset: $0.span?.start) }
        let oldKeys = olds.map { old.keys(of: $0.text) }, newKeys = news.map { new.keys(of: $0.text) }
        let pairs = Self.pair(olds.count, news.count) { i, j in
            let together = articles.corresponds(old: oldUnits[i], new: newUnits[j], oldVersion: old, newVersion: new)
            let text = PartyAligner.dice(oldKeys[i], newKeys[j])
            let samePurpose = olds[i].purpose == news[j].purpose
            guard (samePurpose && (together || text >= 0.5)) || (together && text >= 0.6) else { return nil }
            return text + (together ? 0.5 : 0) + (samePurpose ? 0.5 : 0) + (Self.noticeAspects(olds[i], news[j]).isEmpty ? 0.5 : 0)
        }
        for (i, j) in pairs {
            let a = olds[i], b = news[j]
            let details = Self.noticeAspects(a, b)
            guard let main = details.first else { continue }
            let oldRange = a.span.map(\.range), newRange = b.span.map(\.range)
            record(ConventionChange(kind: .modified, field: .notice, oldArticles: oldRef(oldUnits[i]), newArticles: newRef(newUnits[j]),
                                    before: main.before, after: main.after, subject: b.purpose.rawValue, details: details,
                                    wordDiff: wordDiff(oldRange: oldRange, a.text, newRange: newRange, b.text)),
                   oldOffset: oldRange?.lowerBound, newOffset: newRange?.lowerBound, oldEnd: oldRange?.upperBound, newEnd: newRange?.upperBound)
            explain(old: oldRange)
            explain(new: newRange)
        }
        let pairedOld = Set(pairs.map(\.0)), pairedNew = Set(pairs.map(\.1))
        for (i, a) in olds.enumerated() where !pairedOld.contains(i) {
            record(ConventionChange(kind: .removed, field: .notice, oldArticles: oldRef(oldUnits[i]), before: FrenchValues.notice(a),
                                    subject: a.purpose.rawValue,
                                    wordDiff: [DiffSegment(.delete, a.text)]),
                   oldOffset: a.span?.start ?? old.units[oldUnits[i]].span.lowerBound, newOffset: nil, oldEnd: a.span?.end)
            explain(old: a.span.map(\.range))
        }
        for (j, b) in news.enumerated() where !pairedNew.contains(j) {
            record(ConventionChange(kind: .added, field: .notice, newArticles: newRef(newUnits[j]), after: FrenchValues.notice(b),
                                    subject: b.purpose.rawValue,
                                    wordDiff: [DiffSegment(.insert, b.text)]),
                   oldOffset: nil, newOffset: b.span?.start ?? new.units[newUnits[j]].span.lowerBound, newEnd: b.span?.end)
            explain(new: b.span.map(\.range))
        }
    }

    /// The aspects of two notices that differ, the most telling first: length, qualifier,
    /// anchor, purpose.
    static func noticeAspects(_ a: NoticePeriod, _ b: NoticePeriod) -> [ConventionChange.Detail] {
        var details: [ConventionChange.Detail] = []
        if a.period != b.period || a.days != b.days {
            details.append(.init(aspect: "period", before: FrenchValues.notice(a), after: FrenchValues.notice(b)))
        }
        if a.qualifier.map(WordFolding.key) != b.qualifier.map(WordFolding.key) {
            details.append(.init(aspect: "qualifier", before: a.qualifier, after: b.qualifier))
        }
        if a.anchor.map(WordFolding.key) != b.anchor.map(WordFolding.key) {
            details.append(.init(aspect: "anchor", before: a.anchor, after: b.anchor))
        }
        if a.purpose != b.purpose {
            details.append(.init(aspect: "purpose", before: a.purpose.rawValue, after: b.purpose.rawValue))
        }
        return details
    }
}
