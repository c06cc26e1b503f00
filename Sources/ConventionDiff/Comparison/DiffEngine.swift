import ConventionModel

/// Runs one comparison: aligns the parties and the units, compares every field, and keeps the
/// spans each typed change accounts for, so that the article-level diff reports only the
/// edits that no typed change explains.
struct DiffEngine {
    let old: Version
    let new: Version
    let parties: PartyAligner.Result
    let articles: ArticleAligner.Result
    private(set) var changes: [(change: ConventionChange, order: Order)] = []
    /// Offsets accounted for by a typed change, in each version.
    private(set) var explainedOld: [Range<Int>] = []
    private(set) var explainedNew: [Range<Int>] = []

    /// Where a change sorts: by field, then by its place in the new version (an item that left
    /// sorts where its unit went), then in the old one.
    struct Order: Comparable {
        var field: Int
        var newOffset: Int
        var oldOffset: Int

        static func < (a: Order, b: Order) -> Bool {
            (a.field, a.newOffset, a.oldOffset) < (b.field, b.newOffset, b.oldOffset)
        }
    }

    init(old oldGraph: ConventionGraph, oldText: String, oldPageStarts: [Int]?, new newGraph: ConventionGraph, newText: String,
         newPageStarts: [Int]?) {
        parties = PartyAligner().align(old: oldGraph, new: newGraph)
        let keys = WordKeys()
        var names: [String: [String]] = [:]
        for party in oldGraph.parties { names[parties.reportIDOfOld[party.id]!, default: []] += [party.name] + party.aliases }
        for party in newGraph.parties { names[parties.reportIDOfNew[party.id]!, default: []] += [party.name] + party.aliases }
        let matcher = PartyNameMatcher(names: parties.entries.map { ($0.id, names[$0.id] ?? []) }, keys: keys)
        old = Version(graph: oldGraph, text: oldText, pageStarts: oldPageStarts, keys: keys, matcher: matcher)
        new = Version(graph: newGraph, text: newText, pageStarts: newPageStarts, keys: keys, matcher: matcher)
        articles = ArticleAligner().align(old, new)
    }

    /// Every change, in report order.
    mutating func run() -> [ConventionChange] {
        compareParties()
        compareObligations()
        compareTerm()
        compareNotices()
        compareAmounts()
        compareCommittees()
        compareArticles()
        return changes.sorted { $0.order < $1.order }.map(\.change)
    }

    // MARK: - Recording

    /// Keeps a change, located at `oldOffset` (up to `oldEnd`, else the end of its sentence)
    /// and `newOffset`, and tells whether it changes the meaning.
    mutating func record(_ change: ConventionChange, oldOffset: Int?, newOffset: Int?, oldEnd: Int? = nil, newEnd: Int? = nil) {
        var change = change
        if change.kind != .added, let oldOffset {
            change.oldLocation = old.location(oldOffset..<max(oldOffset, oldEnd ?? oldOffset))
        }
        if change.kind != .removed, let newOffset {
            change.newLocation = new.location(newOffset..<max(newOffset, newEnd ?? newOffset))
        }
        change.meaning = MeaningClassifier.meaning(of: change)
        let field = ConventionChange.Field.allCases.firstIndex(of: change.field) ?? 0
        let newPlace = newOffset ?? oldOffset.map(placeInNew) ?? 0
        changes.append((change, Order(field: field, newOffset: newPlace, oldOffset: oldOffset ?? -1)))
    }

    mutating func explain(old range: Range<Int>?) {
        if let range, !range.isEmpty { explainedOld.append(range) }
    }

    mutating func explain(new range: Range<Int>?) {
        if let range, !range.isEmpty { explainedNew.append(range) }
    }

    /// Where an offset of the old version falls in the new one: the start of the unit its unit
    /// went to, else of the nearest unit before it that has a counterpart.
    func placeInNew(_ oldOffset: Int) -> Int {
        var unit: Int? = old.unit(at: oldOffset)
        while let current = unit {
            if let target = articles.related(old: current).min() { return new.units[target].span.lowerBound }
            unit = current > 0 ? current - 1 : nil
        }
        return 0
    }

    // MARK: - Shared helpers

    func oldRef(_ unit: Int) -> [String] { [old.ref(unit)] }
    func newRef(_ unit: Int) -> [String] { [new.ref(unit)] }

    /// Report ids of old party ids.
    func reportIDs(old ids: [String]) -> [String] { ids.map { parties.reportIDOfOld[$0] ?? "old:" + $0 } }
    func reportIDs(new ids: [String]) -> [String] { ids.map { parties.reportIDOfNew[$0] ?? $0 } }

    /// The word diff of two mentions, from their words in the texts when both are found there
    /// (`oldRange`, `newRange`: where the mentions end, punctuation included).
    func wordDiff(old oldTokens: [WordToken], _ oldString: String, new newTokens: [WordToken], _ newString: String,
                  oldRange: Range<Int>? = nil, newRange: Range<Int>? = nil) -> [DiffSegment] {
        if !oldTokens.isEmpty, !newTokens.isEmpty {
            return WordDiff.segments(old: old.text, oldTokens, new: new.text, newTokens,
                                     oldEnd: oldRange?.upperBound, newEnd: newRange?.upperBound)
        }
        return WordDiff.compare(oldString, newString)
    }

    /// The word diff of two mentions found at `oldRange` and `newRange`.
    func wordDiff(oldRange: Range<Int>?, _ oldString: String, newRange: Range<Int>?, _ newString: String) -> [DiffSegment] {
        wordDiff(old: oldRange.map { Array(old.tokens(overlapping: $0)) } ?? [], oldString,
                 new: newRange.map { Array(new.tokens(overlapping: $0)) } ?? [], newString, oldRange: oldRange, newRange: newRange)
    }

    /// A greedy one-to-one pairing, best score first (ties: earlier items first).
    static func pair(_ oldCount: Int, _ newCount: Int, excludingOld: Set<Int> = [], excludingNew: Set<Int> = [],
                     score: (Int, Int) -> Double?) -> [(Int, Int)] {
        var candidates: [(Double, Int, Int)] = []
        for i in 0..<oldCount where !excludingOld.contains(i) {
            for j in 0..<newCount where !excludingNew.contains(j) {
                if let s = score(i, j) { candidates.append((s, i, j)) }
            }
        }
        candidates.sort { $0.0 != $1.0 ? $0.0 > $1.0 : ($0.1, $0.2) < ($1.1, $1.2) }
        var usedOld = Set<Int>(), usedNew = Set<Int>()
        var pairs: [(Int, Int)] = []
        for (_, i, j) in candidates where !usedOld.contains(i) && !usedNew.contains(j) {
            usedOld.insert(i)
            usedNew.insert(j)
            pairs.append((i, j))
        }
        return pairs
    }
}
