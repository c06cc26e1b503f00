/// Aligns the structural units of two versions: one to one by number, title and text; then
/// the splits (one old unit whose text went to several new ones) and merges; then which
/// matched units moved (out of order among their siblings, or under another parent) and which
/// were only renumbered.
struct ArticleAligner {
    struct Result {
        /// The new unit of each old unit, one to one.
        var newOf: [Int?]
        var oldOf: [Int?]
        var splits: [(old: Int, parts: [Int])] = []
        var merges: [(parts: [Int], new: Int)] = []
        /// Old units that moved.
        var moved: Set<Int> = []
        /// Old units renumbered in place.
        var renumbered: Set<Int> = []

        /// The new units that took over the text of an old unit.
        func related(old: Int) -> Set<Int> {
            var set = Set<Int>()
            if let n = newOf[old] { set.insert(n) }
            for split in splits where split.old == old { set.formUnion(split.parts) }
            for merge in merges where merge.parts.contains(old) { set.insert(merge.new) }
            return set
        }

        /// Whether an old and a new unit hold the same text (matched, split or merged), or are
        /// inside units that do.
        func corresponds(old: Int, new: Int, oldVersion: Version, newVersion: Version) -> Bool {
            var o: Int? = old
            while let current = o {
                let related = related(old: current)
                var n: Int? = new
                while let candidate = n {
                    if related.contains(candidate) { return true }
                    n = newVersion.units[candidate].parent
                }
                if !related.isEmpty { return false }
                o = oldVersion.units[current].parent
            }
            return false
        }
    }

    func align(_ old: Version, _ new: Version) -> Result {
        var result = Result(newOf: Array(repeating: nil, count: old.units.count), oldOf: Array(repeating: nil, count: new.units.count))
        result.newOf[0] = 0
        result.oldOf[0] = 0
        // Two rounds: the second favours pairs whose parents the first round matched.
        let candidates = candidates(old, new)
        var provisional = match(candidates, old, new, parents: nil)
        provisional = match(candidates, old, new, parents: provisional)
        for (o, n) in provisional.enumerated() where o > 0 {
            guard let n else { continue }
            result.newOf[o] = n
            result.oldOf[n] = o
        }
        findSplitsAndMerges(old, new, &result)
        findMoves(old, new, &result)
        return result
    }

    // MARK: - One to one

    /// Every pair of units that may correspond, with its score (closer places score higher).
    private func candidates(_ old: Version, _ new: Version) -> [(score: Double, o: Int, n: Int)] {
        var candidates: [(score: Double, o: Int, n: Int)] = []
        let oldCount = Double(max(old.units.count - 1, 1)), newCount = Double(max(new.units.count - 1, 1))
        for o in old.units.indices.dropFirst() {
            for n in new.units.indices.dropFirst() {
                guard let score = similarity(old.units[o], new.units[n]) else { continue }
                candidates.append((score - 0.1 * abs(Double(o) / oldCount - Double(n) / newCount), o, n))
            }
        }
        return candidates
    }

    private func match(_ scored: [(score: Double, o: Int, n: Int)], _ old: Version, _ new: Version, parents: [Int?]?) -> [Int?] {
        var candidates = scored
        if let parents {
            for index in candidates.indices {
                let po = old.units[candidates[index].o].parent, pn = new.units[candidates[index].n].parent
                if (po == nil && pn == nil) || (po.flatMap { parents[$0] } == pn && pn != nil) { candidates[index].score += 0.3 }
            }
        }
        candidates.sort { $0.score != $1.score ? $0.score > $1.score : ($0.o, $0.n) < ($1.o, $1.n) }
        var newOf = [Int?](repeating: nil, count: old.units.count)
        var used = Set<Int>()
        for candidate in candidates where newOf[candidate.o] == nil && !used.contains(candidate.n) {
            newOf[candidate.o] = candidate.n
            used.insert(candidate.n)
        }
        return newOf
    }

    /// How well two units correspond, nil when they do not: similar text, or the same title,
    /// or the same number with a close title.
    func similarity(_ o: Unit, _ n: Unit) -> Double? {
        let text = Unit.dice(o.sortedWords, n.sortedWords)
        let title: Double? = switch (o.sortedTitle, n.sortedTitle) {
        case (nil, nil): nil
        case let (a?, b?): Unit.dice(a, b)
        default: 0
        }
        let sameKind = o.kind == n.kind
        let sameNumber = o.numberKey != nil && o.numberKey == n.numberKey
        let words = min(o.wordCount, n.wordCount)
        var score: Double?
        if words >= 6, text >= 0.5 { score = 1 + text + 0.3 * (title ?? 0.5) }
        if sameKind, let title, title >= 0.75 { score = max(score ?? 0, 1 + title + 0.5 * text) }
        if sameNumber, sameKind, (title ?? 0) >= 0.4 || (title == nil && (text >= 0.3 || words < 6)) {
            score = max(score ?? 0, 1 + 0.5 * text + 0.3 * (title ?? 0))
        }
        guard var result = score else { return nil }
        if sameNumber { result += 0.2 }
        if !sameKind { result -= 0.3 }
        return result
    }

    // MARK: - Splits and merges

    /// A part must be mostly made of the whole's text, and the parts together must cover most
    /// of it.
    private static let containment = 0.6, coverage = 0.6

    private func findSplitsAndMerges(_ old: Version, _ new: Version, _ result: inout Result) {
        var consumedNew = Set<Int>(), consumedOld = Set<Int>()
        for o in old.units.indices.dropFirst() where !old.units[o].shingles.isEmpty {
            let whole = old.units[o].shingles
            let parts = new.units.indices.dropFirst().filter { n in
                (result.oldOf[n] == nil || result.oldOf[n] == o) && !consumedNew.contains(n)
                    && Self.contained(new.units[n].shingles, in: whole) >= Self.containment
            }
            guard parts.count >= 2 else { continue }
            let union = parts.reduce(into: Set<Int>()) { $0.formUnion(new.units[$1].shingles) }
            guard Double(whole.intersection(union).count) / Double(whole.count) >= Self.coverage else { continue }
            result.splits.append((o, parts))
            consumedNew.formUnion(parts)
        }
        for n in new.units.indices.dropFirst() where !new.units[n].shingles.isEmpty && !consumedNew.contains(n) {
            let whole = new.units[n].shingles
            let parts = old.units.indices.dropFirst().filter { o in
                (result.newOf[o] == nil || result.newOf[o] == n) && !consumedOld.contains(o)
                    && !result.splits.contains { $0.old == o }
                    && Self.contained(old.units[o].shingles, in: whole) >= Self.containment
            }
            guard parts.count >= 2 else { continue }
            let union = parts.reduce(into: Set<Int>()) { $0.formUnion(old.units[$1].shingles) }
            guard Double(whole.intersection(union).count) / Double(whole.count) >= Self.coverage else { continue }
            result.merges.append((parts, n))
            consumedOld.formUnion(parts)
        }
    }

    static func contained(_ part: Set<Int>, in whole: Set<Int>) -> Double {
        guard !part.isEmpty else { return 0 }
        return Double(part.intersection(whole).count) / Double(part.count)
    }

    // MARK: - Moves and renumbering

    private func findMoves(_ old: Version, _ new: Version, _ result: inout Result) {
        var groups: [Int: [(o: Int, n: Int)]] = [:]
        for o in old.units.indices.dropFirst() {
            guard let n = result.newOf[o] else { continue }
            let po = old.units[o].parent, pn = new.units[n].parent
            let consistent: Bool
            switch (po, pn) {
            case (nil, nil): consistent = true
            case let (po?, pn?): consistent = result.related(old: po).contains(pn)
            default: consistent = false
            }
            if consistent {
                groups[pn ?? 0, default: []].append((o, n))
            } else {
                result.moved.insert(o)
            }
        }
        for pairs in groups.values {
            let kept = Set(Self.increasingRun(pairs.sorted { $0.o < $1.o }.map(\.n)))
            for pair in pairs where !kept.contains(pair.n) { result.moved.insert(pair.o) }
        }
        for o in old.units.indices.dropFirst() {
            guard let n = result.newOf[o], !result.moved.contains(o) else { continue }
            if old.units[o].numberKey != new.units[n].numberKey || old.units[o].kind != new.units[n].kind {
                result.renumbered.insert(o)
            }
        }
    }

    /// The longest increasing subsequence of `values` (the units that kept their order).
    static func increasingRun(_ values: [Int]) -> [Int] {
        var tails: [Int] = []
        var previous = [Int](repeating: -1, count: values.count)
        for (index, value) in values.enumerated() {
            var low = 0, high = tails.count
            while low < high {
                let mid = (low + high) / 2
                if values[tails[mid]] < value { low = mid + 1 } else { high = mid }
            }
            if low > 0 { previous[index] = tails[low - 1] }
            if low == tails.count { tails.append(index) } else { tails[low] = index }
        }
        var run: [Int] = []
        var k = tails.last ?? -1
        while k >= 0 { run.append(values[k]); k = previous[k] }
        return run.reversed()
    }
}
