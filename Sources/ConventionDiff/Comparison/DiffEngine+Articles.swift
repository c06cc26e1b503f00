extension DiffEngine {
    /// The structure (units added, removed, renumbered, moved, split, merged), then the edits of
    /// each unit's own text that no typed change accounts for.
    mutating func compareArticles() {
        compareStructure()
        let splitOld = Set(articles.splits.map(\.old)), mergedNew = Set(articles.merges.map(\.new))
        for o in old.units.indices {
            guard let n = articles.newOf[o], !splitOld.contains(o), !mergedNew.contains(n) else { continue }
            compareText(old: [o], new: [n], headings: true)
        }
        for split in articles.splits { compareText(old: [split.old], new: split.parts, headings: false) }
        for merge in articles.merges { compareText(old: merge.parts, new: [merge.new], headings: false) }
    }

    private mutating func compareStructure() {
        let splitParts = Set(articles.splits.flatMap(\.parts)), mergeParts = Set(articles.merges.flatMap(\.parts))
        let splitOld = Set(articles.splits.map(\.old)), mergedNew = Set(articles.merges.map(\.new))
        func removed(_ o: Int) -> Bool { o > 0 && articles.newOf[o] == nil && !splitOld.contains(o) && !mergeParts.contains(o) }
        func added(_ n: Int) -> Bool { n > 0 && articles.oldOf[n] == nil && !splitParts.contains(n) && !mergedNew.contains(n) }

        for o in old.units.indices where removed(o) && !(old.units[o].parent.map(removed) ?? false) {
            let unit = old.units[o]
            record(ConventionChange(kind: .removed, field: .article, oldArticles: oldRef(o), before: unit.title),
                   oldOffset: unit.span.lowerBound, newOffset: nil, oldEnd: unit.span.upperBound)
        }
        for n in new.units.indices where added(n) && !(new.units[n].parent.map(added) ?? false) {
            let unit = new.units[n]
            record(ConventionChange(kind: .added, field: .article, newArticles: newRef(n), after: unit.title),
                   oldOffset: nil, newOffset: unit.span.lowerBound, newEnd: unit.span.upperBound)
        }
        // A unit split or merged is reported as such, not also as renumbered or moved.
        for o in old.units.indices.dropFirst() {
            guard let n = articles.newOf[o], !splitOld.contains(o), !mergedNew.contains(n) else { continue }
            let kind: ConventionChange.Kind
            if articles.moved.contains(o) {
                kind = .moved
            } else if articles.renumbered.contains(o) {
                kind = .renumbered
            } else {
                continue
            }
            record(ConventionChange(kind: kind, field: .article, oldArticles: oldRef(o), newArticles: newRef(n),
                                    before: old.units[o].title, after: new.units[n].title),
                   oldOffset: old.units[o].span.lowerBound, newOffset: new.units[n].span.lowerBound,
                   oldEnd: old.units[o].heading.upperBound, newEnd: new.units[n].heading.upperBound)
        }
        for split in articles.splits {
            let whole = old.units[split.old]
            record(ConventionChange(kind: .split, field: .article, oldArticles: oldRef(split.old), newArticles: split.parts.map(new.ref),
                                    before: whole.title, after: Self.titles(split.parts.map { new.units[$0] })),
                   oldOffset: whole.span.lowerBound, newOffset: new.units[split.parts[0]].span.lowerBound)
        }
        for merge in articles.merges {
            let whole = new.units[merge.new]
            record(ConventionChange(kind: .merged, field: .article, oldArticles: merge.parts.map(old.ref), newArticles: newRef(merge.new),
                                    before: Self.titles(merge.parts.map { old.units[$0] }), after: whole.title),
                   oldOffset: old.units[merge.parts[0]].span.lowerBound, newOffset: whole.span.lowerBound)
        }
    }

    private static func titles(_ units: [Unit]) -> String {
        units.map { $0.title ?? $0.ref }.joined(separator: " | ")
    }

    /// Reports the edits of the own text of `old` units against `new` units that no typed
    /// change explains, with the word diff of the whole text. Split and merged units are read
    /// without their headings, which the split or merge already reports.
    private mutating func compareText(old oldUnits: [Int], new newUnits: [Int], headings: Bool) {
        let oldTokens = oldUnits.flatMap { headings ? old.units[$0].body : old.units[$0].bodyWithoutTitle }
        let newTokens = newUnits.flatMap { headings ? new.units[$0].body : new.units[$0].bodyWithoutTitle }
        let hunks = WordDiff.hunks(oldTokens.map(\.key), newTokens.map(\.key))
        guard !hunks.isEmpty else { return }
        let oldExplained = Self.merged(explainedOld), newExplained = Self.merged(explainedNew)
        let open = hunks.filter { hunk in
            !(Self.explained(hunk.old, of: oldTokens, onlySide: hunk.new.isEmpty, by: oldExplained)
                && Self.explained(hunk.new, of: newTokens, onlySide: hunk.old.isEmpty, by: newExplained))
        }
        guard !open.isEmpty else { return }
        let deleted = open.map { old.text.text(of: oldTokens[$0.old]) }.filter { !$0.isEmpty }
        let inserted = open.map { new.text.text(of: newTokens[$0.new]) }.filter { !$0.isEmpty }
        let change = ConventionChange(
            kind: .modified, field: .article, oldArticles: oldUnits.map(old.ref), newArticles: newUnits.map(new.ref),
            before: deleted.isEmpty ? nil : deleted.joined(separator: " … "),
            after: inserted.isEmpty ? nil : inserted.joined(separator: " … "),
            wordDiff: WordDiff.segments(old: old.text, oldTokens, new: new.text, newTokens, hunks: hunks))
        let firstOld = open.lazy.compactMap { oldTokens[$0.old].first?.start }.first
        let firstNew = open.lazy.compactMap { newTokens[$0.new].first?.start }.first
        let lastOld = open.reversed().lazy.compactMap { oldTokens[$0.old].last?.end }.first
        let lastNew = open.reversed().lazy.compactMap { newTokens[$0.new].last?.end }.first
        record(change, oldOffset: firstOld ?? old.units[oldUnits[0]].span.lowerBound,
               newOffset: firstNew ?? new.units[newUnits[0]].span.lowerBound, oldEnd: lastOld, newEnd: lastNew)
    }

    /// Whether the words of a hunk lie inside explained ranges. A hunk on one side only may slide
    /// over repeated words (`Trésor [et de la politique économique] et au` is also
    /// `Trésor et [de la politique économique et] au`): any of its equivalent places will do.
    private static func explained(_ range: Range<Int>, of tokens: [WordToken], onlySide: Bool, by ranges: [Range<Int>]) -> Bool {
        func covered(_ r: Range<Int>) -> Bool { tokens[r].allSatisfy { covers(ranges, $0) } }
        if covered(range) { return true }
        guard onlySide, !range.isEmpty else { return false }
        var r = range
        while r.lowerBound > 0, tokens[r.lowerBound - 1].key == tokens[r.upperBound - 1].key {
            r = (r.lowerBound - 1)..<(r.upperBound - 1)
            if covered(r) { return true }
        }
        r = range
        while r.upperBound < tokens.count, tokens[r.lowerBound].key == tokens[r.upperBound].key {
            r = (r.lowerBound + 1)..<(r.upperBound + 1)
            if covered(r) { return true }
        }
        return false
    }

    /// Sorted, overlapping ranges joined.
    private static func merged(_ ranges: [Range<Int>]) -> [Range<Int>] {
        var out: [Range<Int>] = []
        for range in ranges.sorted(by: { $0.lowerBound < $1.lowerBound }) {
            if let last = out.last, range.lowerBound <= last.upperBound {
                out[out.count - 1] = last.lowerBound..<max(last.upperBound, range.upperBound)
            } else {
                out.append(range)
            }
        }
        return out
    }

    /// Whether the token lies inside one of the sorted ranges.
    private static func covers(_ ranges: [Range<Int>], _ token: WordToken) -> Bool {
        var low = 0, high = ranges.count
        while low < high {
            let mid = (low + high) / 2
            if ranges[mid].upperBound < token.end { low = mid + 1 } else { high = mid }
        }
        return low < ranges.count && ranges[low].lowerBound <= token.start && token.end <= ranges[low].upperBound
    }
}
