import ConventionModel

extension DiffEngine {
    /// Duration, effective date, end date and renewal, each compared by value.
    mutating func compareTerm() {
        let a = old.graph.term, b = new.graph.term
        compareTermField(.termDuration, a.duration, b.duration, text: \.text, value: { "\($0.months)|\($0.period)" },
                         describe: { FrenchValues.period($0.period) ?? FrenchValues.months($0.months) })
        compareTermField(.termEffective, a.effective, b.effective, text: \.text,
                         value: { $0.date ?? $0.event.map(WordFolding.key) ?? WordFolding.key($0.text) },
                         describe: FrenchValues.effective)
        compareTermField(.termEnd, a.end, b.end, text: \.text, value: { $0.date ?? WordFolding.key($0.text) },
                         describe: { $0.date.map(FrenchValues.date) ?? $0.text })
        compareTermField(.termRenewal, a.renewal, b.renewal, text: \.text,
                         value: { "\($0.kind?.rawValue ?? "-")|\($0.periodMonths ?? -1)|\($0.maxMonths ?? -1)" },
                         describe: FrenchValues.renewal, details: Self.renewalDetails)
    }

    private mutating func compareTermField<T>(_ field: ConventionChange.Field, _ a: T?, _ b: T?, text: (T) -> String,
                                              value: (T) -> String, describe: (T) -> String,
                                              details: (T, T) -> [ConventionChange.Detail] = { _, _ in [] }) {
        let oldRange = a.flatMap { old.range(of: text($0)) }, newRange = b.flatMap { new.range(of: text($0)) }
        let oldUnit = oldRange.map { old.unit(at: $0.lowerBound) }, newUnit = newRange.map { new.unit(at: $0.lowerBound) }
        let oldRefs = oldUnit.map(oldRef) ?? [], newRefs = newUnit.map(newRef) ?? []
        let change: ConventionChange
        switch (a, b) {
        case (nil, nil):
            return
        case let (a?, b?):
            guard value(a) != value(b) else { return }
            change = ConventionChange(kind: .modified, field: field, oldArticles: oldRefs, newArticles: newRefs,
                                      before: describe(a), after: describe(b), details: details(a, b),
                                      wordDiff: wordDiff(oldRange: oldRange, text(a), newRange: newRange, text(b)))
        case let (a?, nil):
            // The clause is still there, rewritten in words the parser reads as no value: a modification.
            if let oldRange, let rewritten = rewrittenClause(from: old, oldRange, in: new, fromOld: true) {
                let after = new.text.slice(rewritten.lowerBound, rewritten.upperBound)
                change = ConventionChange(kind: .modified, field: field, oldArticles: oldRefs, newArticles: newRef(new.unit(at: rewritten.lowerBound)),
                                          before: describe(a), after: after,
                                          wordDiff: wordDiff(oldRange: oldRange, text(a), newRange: rewritten, after))
                explain(old: oldRange)
                explain(new: rewritten)
                record(change, oldOffset: oldRange.lowerBound, newOffset: rewritten.lowerBound, oldEnd: oldRange.upperBound, newEnd: rewritten.upperBound)
                return
            }
            change = ConventionChange(kind: .removed, field: field, oldArticles: oldRefs, before: describe(a),
                                      wordDiff: [DiffSegment(.delete, text(a))])
        case let (nil, b?):
            if let newRange, let rewritten = rewrittenClause(from: new, newRange, in: old, fromOld: false) {
                let before = old.text.slice(rewritten.lowerBound, rewritten.upperBound)
                change = ConventionChange(kind: .modified, field: field, oldArticles: oldRef(old.unit(at: rewritten.lowerBound)), newArticles: newRefs,
                                          before: before, after: describe(b),
                                          wordDiff: wordDiff(oldRange: rewritten, before, newRange: newRange, text(b)))
                explain(old: rewritten)
                explain(new: newRange)
                record(change, oldOffset: rewritten.lowerBound, newOffset: newRange.lowerBound, oldEnd: rewritten.upperBound, newEnd: newRange.upperBound)
                return
            }
            change = ConventionChange(kind: .added, field: field, newArticles: newRefs, after: describe(b),
                                      wordDiff: [DiffSegment(.insert, text(b))])
        }
        explain(old: oldRange)
        explain(new: newRange)
        record(change, oldOffset: oldRange?.lowerBound, newOffset: newRange?.lowerBound, oldEnd: oldRange?.upperBound, newEnd: newRange?.upperBound)
    }

    /// Where the other version rewrote the clause that states a value on one side only: the same
    /// words before the value (`La présente convention est valable …`, three words at least), in a
    /// corresponding unit; the rest of that sentence is the new wording.
    private func rewrittenClause(from source: Version, _ range: Range<Int>, in target: Version, fromOld: Bool) -> Range<Int>? {
        let sentence = source.sentence(around: range)
        let lead = source.tokens(overlapping: sentence.lowerBound..<range.lowerBound).map(\.key)
        guard lead.count >= 3 else { return nil }
        let sourceUnit = source.unit(at: range.lowerBound)
        let tokens = target.tokens
        var index = 0
        while index + lead.count < tokens.count {
            defer { index += 1 }
            guard (0..<lead.count).allSatisfy({ tokens[index + $0].key == lead[$0] }) else { continue }
            let start = tokens[index + lead.count].start
            let targetUnit = target.unit(at: start)
            let together = fromOld
                ? articles.corresponds(old: sourceUnit, new: targetUnit, oldVersion: old, newVersion: new)
                : articles.corresponds(old: targetUnit, new: sourceUnit, oldVersion: old, newVersion: new)
            guard together else { continue }
            let end = target.sentence(around: start..<start).upperBound
            return end > start ? start..<end : nil
        }
        return nil
    }

    private static func renewalDetails(_ a: Renewal, _ b: Renewal) -> [ConventionChange.Detail] {
        var details: [ConventionChange.Detail] = []
        if a.kind != b.kind { details.append(.init(aspect: "kind", before: a.kind?.rawValue, after: b.kind?.rawValue)) }
        if a.periodMonths != b.periodMonths {
            details.append(.init(aspect: "periodMonths", before: a.periodMonths.map(String.init), after: b.periodMonths.map(String.init)))
        }
        if a.maxMonths != b.maxMonths {
            details.append(.init(aspect: "maxMonths", before: a.maxMonths.map(String.init), after: b.maxMonths.map(String.init)))
        }
        return details
    }
}
