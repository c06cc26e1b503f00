import ConventionModel

/// One of the two versions compared: its graph, its normalised text cut into words (party names
/// read as party tokens), and its structural units.
struct Version {
    let graph: ConventionGraph
    let text: ScalarText
    let tokens: [WordToken]
    /// The words as written, party names not folded into party tokens (for the redline).
    let plainTokens: [WordToken]
    private(set) var units: [Unit]
    let unitOfArticle: [String: Int]
    private let byStart: [Int]
    private let matcher: PartyNameMatcher
    private let keys: WordKeys
    /// The page of each offset.
    let pages: PageMap

    init(graph: ConventionGraph, text: String, pageStarts: [Int]?, keys: WordKeys, matcher: PartyNameMatcher) {
        self.graph = graph
        self.text = ScalarText(text)
        pages = pageStarts.map(PageMap.init(pageStarts:)) ?? PageMap(graph: graph)
        self.keys = keys
        self.matcher = matcher
        plainTokens = keys.tokenize(self.text.scalars, in: 0..<self.text.count)
        tokens = matcher.apply(plainTokens)

        var unitOfArticle: [String: Int] = [:]
        for (offset, article) in graph.articles.enumerated() { unitOfArticle[article.id] = offset + 1 }
        self.unitOfArticle = unitOfArticle
        let firstStart = min(max(graph.articles.compactMap { $0.span?.start }.min() ?? self.text.count, 0), self.text.count)
        var units = [Unit(index: 0, article: nil, ref: "opening", parent: nil, span: 0..<firstStart, titleKeys: nil)]
        var siblingLabels: [Int: [String: Int]] = [:]
        var paths: [[String]] = [[]]
        var takenRefs: Set<String> = ["opening"]
        func kinds(_ unit: Int?) -> [Article.Kind] {
            var kinds: [Article.Kind] = []
            var current = unit
            while let index = current, let article = units[index].article {
                kinds.insert(article.kind, at: 0)
                current = units[index].parent
            }
            return kinds
        }
        for (offset, article) in graph.articles.enumerated() {
            // A parent comes before its children; any other reference (a graph edited by hand,
            // a cycle) is read as no parent.
            let parent = article.parent.flatMap { unitOfArticle[$0] }.flatMap { $0 <= offset ? $0 : nil }
            var label = article.kind.rawValue
            if let number = article.number, !number.isEmpty {
                label += " " + number
            } else if article.kind != .preamble, let title = article.title {
                label += " " + title
            }
            let seen = siblingLabels[parent ?? 0, default: [:]][label, default: 0]
            siblingLabels[parent ?? 0, default: [:]][label] = seen + 1
            if seen > 0 { label += "#\(seen + 1)" }
            let path = (parent.map { paths[$0] } ?? []) + [label]
            paths.append(path)
            let ref = Self.citation(path, kinds: kinds(parent) + [article.kind], taken: &takenRefs)
            let count = self.text.count
            let span = article.span.map { min(max($0.start, 0), count)..<min(max($0.start, $0.end, 0), count) } ?? 0..<0
            let titleKeys = article.title.map { matcher.apply(keys.tokenize(Array($0.unicodeScalars), in: 0..<$0.unicodeScalars.count)).map(\.key) }
            units.append(Unit(index: offset + 1, article: article, ref: ref, parent: parent, span: span, titleKeys: titleKeys))
            if let parent { units[parent].children.append(offset + 1) }
        }
        byStart = units.indices.filter { !units[$0].span.isEmpty }.sorted {
            units[$0].span.lowerBound != units[$1].span.lowerBound ? units[$0].span.lowerBound < units[$1].span.lowerBound : $0 < $1
        }
        self.units = units

        var own: [[WordToken]] = Array(repeating: [], count: units.count)
        for token in tokens { own[unit(at: token.start)].append(token) }
        for index in self.units.indices { self.units[index].setOwnTokens(own[index], text: self.text) }
    }

    /// How a unit is cited: from its outermost enclosing article (`article 5/section 5.1`, as a
    /// lawyer cites it, whatever titles or préambule the parser found around it), else its path
    /// without préambule; the whole path when that citation is taken (numbering restarting in
    /// each titre).
    static func citation(_ path: [String], kinds: [Article.Kind], taken: inout Set<String>) -> String {
        var parts = path
        if let outermost = kinds.firstIndex(of: .article) {
            parts = Array(path[outermost...])
        } else if kinds.count > 1 {
            parts = zip(path, kinds).filter { $0.1 != .preamble }.map(\.0)
        }
        var citation = parts.joined(separator: "/")
        if citation.isEmpty || taken.contains(citation) { citation = path.joined(separator: "/") }
        taken.insert(citation)
        return citation
    }

    /// The innermost unit containing `offset` (the opening before the first unit).
    func unit(at offset: Int) -> Int {
        var low = 0, high = byStart.count
        while low < high {
            let mid = (low + high) / 2
            if units[byStart[mid]].span.lowerBound <= offset { low = mid + 1 } else { high = mid }
        }
        guard low > 0 else { return 0 }
        var candidate = byStart[low - 1]
        while !units[candidate].span.contains(offset), let parent = units[candidate].parent {
            candidate = parent
        }
        return candidate
    }

    /// The unit of an article id, else the unit at `offset`, else the opening.
    func unit(article: String?, offset: Int?) -> Int {
        if let article, let index = unitOfArticle[article] { return index }
        return offset.map(unit(at:)) ?? 0
    }

    /// The tokens that overlap `range`.
    func tokens(overlapping range: Range<Int>) -> ArraySlice<WordToken> {
        var low = 0, high = tokens.count
        while low < high {
            let mid = (low + high) / 2
            if tokens[mid].end <= range.lowerBound { low = mid + 1 } else { high = mid }
        }
        var end = low
        while end < tokens.count, tokens[end].start < range.upperBound { end += 1 }
        return tokens[low..<end]
    }

    /// Every place where the words of `phrase` occur in a row (case, accents, punctuation and
    /// hyphenation aside), with a civility just before (`Monsieur`, `Mme`) counted in.
    func occurrences(of phrase: String) -> [Range<Int>] {
        let needle = keys(of: phrase)
        guard let first = needle.first else { return [] }
        let civilities = Set(["monsieur", "madame", "m", "mme", "mr", "mlle"].compactMap(keys.existingKey))
        var found: [Range<Int>] = []
        var index = 0
        while index + needle.count <= tokens.count {
            if tokens[index].key == first, (1..<needle.count).allSatisfy({ tokens[index + $0].key == needle[$0] }) {
                let start = index > 0 && civilities.contains(tokens[index - 1].key) ? tokens[index - 1].start : tokens[index].start
                found.append(start..<tokens[index + needle.count - 1].end)
                index += needle.count
            } else {
                index += 1
            }
        }
        return found
    }

    /// The keys of a text that is not in the document (a name, a role), party names read as
    /// their party.
    func keys(of string: String) -> [Int32] {
        matcher.apply(keys.tokenize(Array(string.unicodeScalars), in: 0..<string.unicodeScalars.count)).map(\.key)
    }

    /// The tokens of a mention: the words of its span, or of its text when it has no span.
    func tokens(span: Span?, text fallback: String) -> [WordToken] {
        if let span, span.end > span.start { return Array(tokens(overlapping: span.start..<span.end)) }
        if let offset = text.offset(of: fallback) {
            return Array(tokens(overlapping: offset..<(offset + fallback.unicodeScalars.count)))
        }
        return []
    }

    /// Where a phrase quoted from the text sits (its first occurrence at or after `from`), when
    /// it can be found.
    func range(of phrase: String, from: Int = 0) -> Range<Int>? {
        text.offset(of: phrase, from: from).map { $0..<($0 + phrase.unicodeScalars.count) }
    }

    /// The sentence around a mention, within its paragraph: from the end of the previous
    /// sentence to the end of its own (`La Région s'engage à …` for the text of an obligation).
    func sentence(around range: Range<Int>) -> Range<Int> {
        let scalars = text.scalars
        var start = min(range.lowerBound, scalars.count)
        while start > 0, scalars[start - 1] != "\n" {
            if start >= 2, scalars[start - 2] == "." || scalars[start - 2] == ";", scalars[start - 1] == " " { break }
            start -= 1
        }
        var end = max(range.upperBound, start)
        while end < scalars.count, scalars[end] != "\n", scalars[end] != ".", scalars[end] != ";" { end += 1 }
        return start..<end
    }

    func ref(_ unit: Int) -> String { units[unit].ref }

    /// Where `range` sits: its offsets and pages (an empty range reads as its sentence).
    func location(_ range: Range<Int>) -> ChangeLocation {
        let count = text.count
        var lower = min(max(range.lowerBound, 0), count), upper = min(max(range.upperBound, lower), count)
        if upper == lower { upper = max(lower, sentence(around: lower..<lower).upperBound) }
        lower = min(lower, upper)
        return ChangeLocation(start: lower, end: upper, page: pages.page(at: lower), endPage: pages.page(at: max(lower, upper - 1)))
    }
}
