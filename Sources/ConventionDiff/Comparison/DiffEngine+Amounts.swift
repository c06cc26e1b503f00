import ConventionModel

extension DiffEngine {
    /// A sum or a rate as compared: its value, its currency (`%` for a rate), its text and place.
    struct Quantity {
        let value: Double
        let currency: String
        let text: String
        let article: String?
        let span: Span?
        /// `12 500 €`, `0,33 %`.
        let display: String
    }

    /// An amount and the words around it (numbers left out), which say what it pays for.
    struct AmountItem {
        let amount: Quantity
        let unit: Int
        let context: [Int32]
        var range: Range<Int>? { amount.span.map(\.range) }
    }

    /// Amounts, then rates and percentages, each compared like an amount.
    mutating func compareAmounts() {
        compareQuantities(.amount, old.graph.amounts.map(Self.quantity), new.graph.amounts.map(Self.quantity))
        compareQuantities(.rate, old.graph.percentages.map(Self.quantity), new.graph.percentages.map(Self.quantity))
    }

    static func quantity(_ amount: Amount) -> Quantity {
        Quantity(value: amount.value, currency: amount.currency, text: amount.text, article: amount.article, span: amount.span,
                 display: FrenchValues.money(amount))
    }

    static func quantity(_ rate: Percentage) -> Quantity {
        Quantity(value: rate.value, currency: "%", text: rate.text, article: rate.article, span: rate.span,
                 display: FrenchValues.percentage(rate.value))
    }

    /// Quantities matched by value and context in corresponding units; the same context with
    /// another value is a modification.
    private mutating func compareQuantities(_ field: ConventionChange.Field, _ oldValues: [Quantity], _ newValues: [Quantity]) {
        let olds = oldValues.map { amountItem($0, in: old) }
        let news = newValues.map { amountItem($0, in: new) }
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
            record(ConventionChange(kind: .modified, field: field, oldArticles: oldRef(a.unit), newArticles: newRef(b.unit),
                                    before: a.amount.display, after: b.amount.display,
                                    wordDiff: wordDiff(oldRange: a.range, a.amount.text, newRange: b.range, b.amount.text)),
                   oldOffset: a.range?.lowerBound, newOffset: b.range?.lowerBound, oldEnd: a.range?.upperBound, newEnd: b.range?.upperBound)
            explain(old: a.range)
            explain(new: b.range)
        }
        let pairedOld = Set((same + changed).map(\.0)), pairedNew = Set((same + changed).map(\.1))
        for (i, a) in olds.enumerated() where !pairedOld.contains(i) {
            record(ConventionChange(kind: .removed, field: field, oldArticles: oldRef(a.unit), before: a.amount.display,
                                    wordDiff: [DiffSegment(.delete, a.amount.text)]),
                   oldOffset: a.range?.lowerBound ?? old.units[a.unit].span.lowerBound, newOffset: nil, oldEnd: a.range?.upperBound)
            explain(old: a.range)
        }
        for (j, b) in news.enumerated() where !pairedNew.contains(j) {
            record(ConventionChange(kind: .added, field: field, newArticles: newRef(b.unit), after: b.amount.display,
                                    wordDiff: [DiffSegment(.insert, b.amount.text)]),
                   oldOffset: nil, newOffset: b.range?.lowerBound ?? new.units[b.unit].span.lowerBound, newEnd: b.range?.upperBound)
            explain(new: b.range)
        }
    }

    /// Words read around an amount: eight before, four after, numbers left out.
    private func amountItem(_ amount: Quantity, in version: Version) -> AmountItem {
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
