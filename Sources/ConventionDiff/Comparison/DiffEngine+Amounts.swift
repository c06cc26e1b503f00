import ConventionModel

extension DiffEngine {
    /// An amount and the words around it (numbers left out), which say what it pays for.
    struct AmountItem {
        let amount: Amount
        let unit: Int
        let context: [Int32]
        var range: Range<Int>? { amount.span.map(\.range) }
    }

    /// Amounts matched by value and context in corresponding units; the same context with
    /// another value is a modification.
    mutating func compareAmounts() {
        let olds = old.graph.amounts.map { amountItem($0, in: old) }
        let news = new.graph.amounts.map { amountItem($0, in: new) }
        // Same value in the same place first, then the same place with another value.
        let same = Self.pair(olds.count, news.count) { i, j in
            guard olds[i].amount.currency == news[j].amount.currency,
                  abs(olds[i].amount.value - news[j].amount.value) < 0.005 else { return nil }
            let context = PartyAligner.dice(olds[i].context, news[j].context)
            let together = articles.corresponds(old: olds[i].unit, new: news[j].unit, oldVersion: old, newVersion: new)
            guard context >= 0.5 || (together && context >= 0.3) else { return nil }
            return context + (together ? 0.5 : 0)
        }
        let changed = Self.pair(olds.count, news.count, excludingOld: Set(same.map(\.0)), excludingNew: Set(same.map(\.1))) { i, j in
            let context = PartyAligner.dice(olds[i].context, news[j].context)
            let together = articles.corresponds(old: olds[i].unit, new: news[j].unit, oldVersion: old, newVersion: new)
            guard together, context >= 0.6 else { return nil }
            return context
        }
        for (i, j) in changed {
            let a = olds[i], b = news[j]
            record(ConventionChange(kind: .modified, field: .amount, oldArticles: oldRef(a.unit), newArticles: newRef(b.unit),
                                    before: FrenchValues.money(a.amount), after: FrenchValues.money(b.amount),
                                    wordDiff: wordDiff(oldRange: a.range, a.amount.text, newRange: b.range, b.amount.text)),
                   oldOffset: a.range?.lowerBound, newOffset: b.range?.lowerBound)
            explain(old: a.range)
            explain(new: b.range)
        }
        let pairedOld = Set((same + changed).map(\.0)), pairedNew = Set((same + changed).map(\.1))
        for (i, a) in olds.enumerated() where !pairedOld.contains(i) {
            record(ConventionChange(kind: .removed, field: .amount, oldArticles: oldRef(a.unit), before: FrenchValues.money(a.amount),
                                    wordDiff: [DiffSegment(.delete, a.amount.text)]),
                   oldOffset: a.range?.lowerBound ?? old.units[a.unit].span.lowerBound, newOffset: nil)
            explain(old: a.range)
        }
        for (j, b) in news.enumerated() where !pairedNew.contains(j) {
            record(ConventionChange(kind: .added, field: .amount, newArticles: newRef(b.unit), after: FrenchValues.money(b.amount),
                                    wordDiff: [DiffSegment(.insert, b.amount.text)]),
                   oldOffset: nil, newOffset: b.range?.lowerBound ?? new.units[b.unit].span.lowerBound)
            explain(new: b.range)
        }
    }

    /// Words read around an amount: eight before, four after, numbers left out.
    private func amountItem(_ amount: Amount, in version: Version) -> AmountItem {
        let unit = version.unit(article: amount.article, offset: amount.span?.start)
        guard let span = amount.span else { return AmountItem(amount: amount, unit: unit, context: version.keys(of: amount.text)) }
        let tokens = version.tokens
        let isNumber = { (token: WordToken) in version.text.scalars[token.start].properties.numericType != nil }
        var before: [Int32] = [], after: [Int32] = []
        var index = version.tokens(overlapping: span.start..<span.start + 1).startIndex - 1
        while index >= 0, before.count < 8 {
            if !isNumber(tokens[index]) { before.append(tokens[index].key) }
            index -= 1
        }
        index = version.tokens(overlapping: span.range).endIndex
        while index < tokens.count, after.count < 4 {
            if !isNumber(tokens[index]) { after.append(tokens[index].key) }
            index += 1
        }
        return AmountItem(amount: amount, unit: unit, context: before.reversed() + after)
    }
}
