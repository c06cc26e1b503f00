import ConventionModel

extension DiffEngine {
    /// An obligation as compared: its debtors as report ids, its words, its unit.
    struct ObligationItem {
        let obligation: Obligation
        let debtors: [String]
        let tokens: [WordToken]
        let keys: [Int32]
        let unit: Int
        var range: Range<Int>? { obligation.span.map(\.range) }
    }

    /// An obligation accounts for its whole sentence: its subject and engagement verb too.
    private mutating func explainObligation(old item: ObligationItem) {
        explain(old: item.range.map(old.sentence(around:)))
    }

    private mutating func explainObligation(new item: ObligationItem) {
        explain(new: item.range.map(new.sentence(around:)))
    }

    /// Obligations per party: the same text and debtors is the same obligation; a close text
    /// (same debtors) or a near-identical one (debtors changed) is a modification; an
    /// obligation found in a unit that does not correspond to its old unit moved.
    mutating func compareObligations() {
        let olds = old.graph.obligations.map { item($0, in: old, debtors: reportIDs(old: $0.debtors)) }
        let news = new.graph.obligations.map { item($0, in: new, debtors: reportIDs(new: $0.debtors)) }

        // The same obligation, word for word (the one in the corresponding unit first, when a
        // sentence is repeated).
        var pairs: [(Int, Int)] = []
        var waiting: [String: [Int]] = [:]
        for (i, o) in olds.enumerated() { waiting[Self.identity(o), default: []].append(i) }
        for (j, n) in news.enumerated() {
            let key = Self.identity(n)
            guard var list = waiting[key], !list.isEmpty else { continue }
            let at = list.firstIndex { articles.corresponds(old: olds[$0].unit, new: n.unit, oldVersion: old, newVersion: new) } ?? 0
            pairs.append((list.remove(at: at), j))
            waiting[key] = list
        }
        // Close texts.
        let similar = Self.pair(olds.count, news.count, excludingOld: Set(pairs.map(\.0)), excludingNew: Set(pairs.map(\.1))) { i, j in
            let o = olds[i], n = news[j]
            let text = PartyAligner.dice(o.keys, n.keys)
            let sameDebtors = o.debtors == n.debtors
            guard text >= (sameDebtors ? 0.5 : 0.75) else { return nil }
            let together = articles.corresponds(old: o.unit, new: n.unit, oldVersion: old, newVersion: new)
            return text + (sameDebtors ? 0.3 : 0) + (together ? 0.2 : 0)
        }
        pairs += similar

        for (i, j) in pairs {
            let o = olds[i], n = news[j]
            let parties = Array(Set(o.debtors + n.debtors))
            let details = Self.obligationDetails(o, n)
            if !articles.corresponds(old: o.unit, new: n.unit, oldVersion: old, newVersion: new) {
                record(ConventionChange(kind: .moved, field: .obligation, parties: parties, oldArticles: oldRef(o.unit),
                                        newArticles: newRef(n.unit), before: o.obligation.text, after: n.obligation.text),
                       oldOffset: o.range?.lowerBound, newOffset: n.range?.lowerBound, oldEnd: o.range?.upperBound, newEnd: n.range?.upperBound)
                explainObligation(old: o)
                explainObligation(new: n)
            }
            guard o.keys != n.keys || !details.isEmpty else { continue }
            record(ConventionChange(kind: .modified, field: .obligation, parties: parties, oldArticles: oldRef(o.unit),
                                    newArticles: newRef(n.unit), before: o.obligation.text, after: n.obligation.text, details: details,
                                    wordDiff: wordDiff(old: o.tokens, o.obligation.text, new: n.tokens, n.obligation.text, oldRange: o.range, newRange: n.range)),
                   oldOffset: o.range?.lowerBound, newOffset: n.range?.lowerBound, oldEnd: o.range?.upperBound, newEnd: n.range?.upperBound)
            explainObligation(old: o)
            explainObligation(new: n)
        }
        let pairedOld = Set(pairs.map(\.0)), pairedNew = Set(pairs.map(\.1))
        for (i, o) in olds.enumerated() where !pairedOld.contains(i) {
            record(ConventionChange(kind: .removed, field: .obligation, parties: o.debtors, oldArticles: oldRef(o.unit),
                                    before: o.obligation.text, details: Self.describe(o.obligation, debtors: o.debtors, before: true)),
                   oldOffset: o.range?.lowerBound ?? old.units[o.unit].span.lowerBound, newOffset: nil, oldEnd: o.range?.upperBound)
            explainObligation(old: o)
        }
        for (j, n) in news.enumerated() where !pairedNew.contains(j) {
            record(ConventionChange(kind: .added, field: .obligation, parties: n.debtors, newArticles: newRef(n.unit),
                                    after: n.obligation.text, details: Self.describe(n.obligation, debtors: n.debtors, before: false)),
                   oldOffset: nil, newOffset: n.range?.lowerBound ?? new.units[n.unit].span.lowerBound, newEnd: n.range?.upperBound)
            explainObligation(new: n)
        }
    }

    private func item(_ obligation: Obligation, in version: Version, debtors: [String]) -> ObligationItem {
        let tokens = version.tokens(span: obligation.span, text: obligation.text)
        var keys = tokens.isEmpty ? version.keys(of: obligation.text) : tokens.map(\.key)
        // `de` / `d'` / `à` before the promised action only links it to its verb (`donne mandat
        // de gérer`, `s'engage à gérer`): `d'enregistrer` and `enregistrer` are one action.
        let links = Set(["de", "d", "a"].compactMap { version.keys(of: $0).first })
        if keys.count > 1, let first = keys.first, links.contains(first) { keys.removeFirst() }
        return ObligationItem(obligation: obligation, debtors: debtors.sorted(), tokens: tokens,
                              keys: keys,
                              unit: version.unit(article: obligation.article, offset: obligation.span?.start))
    }

    private static func identity(_ item: ObligationItem) -> String {
        "\(item.debtors.joined(separator: ","))|\(item.obligation.modality.rawValue)|\(item.keys.map(String.init).joined(separator: " "))"
    }

    /// The aspects that differ besides the words: debtors, modality, frequency, deadline, condition.
    static func obligationDetails(_ o: ObligationItem, _ n: ObligationItem) -> [ConventionChange.Detail] {
        var details: [ConventionChange.Detail] = []
        let a = o.obligation, b = n.obligation
        if o.debtors != n.debtors {
            details.append(.init(aspect: "debtors", before: o.debtors.joined(separator: ", "), after: n.debtors.joined(separator: ", ")))
        }
        if a.modality != b.modality {
            details.append(.init(aspect: "modality", before: a.modality.rawValue, after: b.modality.rawValue))
        }
        if a.frequency?.perYear != b.frequency?.perYear || a.frequency?.maxPerYear != b.frequency?.maxPerYear {
            details.append(.init(aspect: "frequency", before: a.frequency?.text, after: b.frequency?.text))
        }
        if deadlineValue(a.deadline) != deadlineValue(b.deadline) {
            details.append(.init(aspect: "deadline", before: a.deadline?.text, after: b.deadline?.text))
        }
        if a.condition.map(WordFolding.key) != b.condition.map(WordFolding.key) {
            details.append(.init(aspect: "condition", before: a.condition, after: b.condition))
        }
        return details
    }

    /// What an added or removed obligation carries besides its text.
    private static func describe(_ obligation: Obligation, debtors: [String], before: Bool) -> [ConventionChange.Detail] {
        var values: [(String, String?)] = [("modality", obligation.modality.rawValue)]
        if let frequency = obligation.frequency { values.append(("frequency", frequency.text)) }
        if let deadline = obligation.deadline { values.append(("deadline", deadline.text)) }
        if let condition = obligation.condition { values.append(("condition", condition)) }
        return values.map { .init(aspect: $0.0, before: before ? $0.1 : nil, after: before ? nil : $0.1) }
    }

    private static func deadlineValue(_ deadline: Deadline?) -> String? {
        deadline.map { d in
            [d.days.map(String.init), d.period, d.dayOfYear, d.quarter.map(String.init), d.yearOffset.map(String.init), d.date,
             d.anchor.map(WordFolding.key)].map { $0 ?? "-" }.joined(separator: "|")
        }
    }
}
