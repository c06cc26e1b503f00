import ConventionModel

extension DiffEngine {
    /// Committees matched by name or acronym; their frequency, members and name compared.
    mutating func compareCommittees() {
        let olds = old.graph.committees, news = new.graph.committees
        let oldUnits = olds.map { old.unit(article: $0.article, offset: $0.span?.start) }
        let newUnits = news.map { new.unit(article: $0.article, offset: $0.span?.start) }
        let pairs = Self.pair(olds.count, news.count) { i, j in
            let name = PartyAligner.dice(old.keys(of: olds[i].name), new.keys(of: news[j].name))
            let acronym = olds[i].acronym != nil && olds[i].acronym.map(WordFolding.key) == news[j].acronym.map(WordFolding.key)
            guard name >= 0.6 || acronym else { return nil }
            let together = articles.corresponds(old: oldUnits[i], new: newUnits[j], oldVersion: old, newVersion: new)
            return name + (acronym ? 1 : 0) + (together ? 0.5 : 0)
        }
        for (i, j) in pairs {
            let a = olds[i], b = news[j]
            var details: [ConventionChange.Detail] = []
            if old.keys(of: a.name) != new.keys(of: b.name) {
                details.append(.init(aspect: "name", before: a.name, after: b.name))
            }
            if a.frequency?.perYear != b.frequency?.perYear || a.frequency?.maxPerYear != b.frequency?.maxPerYear {
                details.append(.init(aspect: "frequency", before: a.frequency?.text, after: b.frequency?.text))
            }
            let oldMembers = a.members.map(old.keys(of:)), newMembers = b.members.map(new.keys(of:))
            if Set(oldMembers) != Set(newMembers) {
                let removed = zip(a.members, oldMembers).filter { !newMembers.contains($0.1) }.map(\.0)
                let added = zip(b.members, newMembers).filter { !oldMembers.contains($0.1) }.map(\.0)
                details.append(.init(aspect: "members", before: removed.isEmpty ? nil : removed.joined(separator: "; "),
                                     after: added.isEmpty ? nil : added.joined(separator: "; ")))
            }
            guard let main = details.first else { continue }
            record(ConventionChange(kind: .modified, field: .committee, oldArticles: oldRef(oldUnits[i]), newArticles: newRef(newUnits[j]),
                                    before: main.before, after: main.after, subject: b.name, details: details,
                                    wordDiff: WordDiff.compare(Self.committeeText(a), Self.committeeText(b))),
                   oldOffset: a.span?.start, newOffset: b.span?.start, oldEnd: a.span?.end, newEnd: b.span?.end)
            explainCommittee(old: a)
            explainCommittee(new: b)
        }
        let pairedOld = Set(pairs.map(\.0)), pairedNew = Set(pairs.map(\.1))
        for (i, a) in olds.enumerated() where !pairedOld.contains(i) {
            record(ConventionChange(kind: .removed, field: .committee, oldArticles: oldRef(oldUnits[i]), before: a.name,
                                    wordDiff: [DiffSegment(.delete, Self.committeeText(a))]),
                   oldOffset: a.span?.start ?? old.units[oldUnits[i]].span.lowerBound, newOffset: nil)
            explainCommittee(old: a)
        }
        for (j, b) in news.enumerated() where !pairedNew.contains(j) {
            record(ConventionChange(kind: .added, field: .committee, newArticles: newRef(newUnits[j]), after: b.name,
                                    wordDiff: [DiffSegment(.insert, Self.committeeText(b))]),
                   oldOffset: nil, newOffset: b.span?.start ?? new.units[newUnits[j]].span.lowerBound)
            explainCommittee(new: b)
        }
    }

    /// `comité de pilotage (COPIL) — deux fois par an — membres : …`.
    static func committeeText(_ committee: Committee) -> String {
        var text = committee.name
        if let acronym = committee.acronym { text += " (\(acronym))" }
        if let frequency = committee.frequency { text += " — \(frequency.text)" }
        if !committee.members.isEmpty { text += " — membres : " + committee.members.joined(separator: " ; ") }
        return text
    }

    /// The committee's name, and the sentences giving its frequency and members.
    private mutating func explainCommittee(old committee: Committee) {
        explain(old: committee.span.map(\.range))
        for phrase in [committee.frequency?.text].compactMap({ $0 }) + committee.members {
            explain(old: old.range(of: phrase, from: committee.span?.start ?? 0))
        }
    }

    private mutating func explainCommittee(new committee: Committee) {
        explain(new: committee.span.map(\.range))
        for phrase in [committee.frequency?.text].compactMap({ $0 }) + committee.members {
            explain(new: new.range(of: phrase, from: committee.span?.start ?? 0))
        }
    }
}
