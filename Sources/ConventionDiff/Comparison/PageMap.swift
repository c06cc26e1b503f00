import ConventionModel

/// The page of every offset of one version's normalised text: from the page starts the reader
/// measured (a file just read), else from the pages the graph's spans carry (a stored document,
/// whose page starts were not kept).
///
/// `PageMap(pageStarts: [0, 2400, 5100]).page(at: 3000)` → `2`.
struct PageMap {
    /// Normalised offset at which each page starts, the first at 0; ascending.
    private let starts: [Int]

    init(pageStarts: [Int]) {
        starts = pageStarts.isEmpty ? [0] : pageStarts
    }

    /// Pages read from the spans of a graph: a page starts no later than the first span found on it.
    init(graph: ConventionGraph) {
        var spans: [Span] = graph.parties.compactMap(\.span) + graph.articles.compactMap(\.span) + graph.obligations.compactMap(\.span)
        spans += graph.notices.compactMap(\.span) + graph.amounts.compactMap(\.span) + graph.percentages.compactMap(\.span)
        spans += graph.committees.compactMap(\.span)
        var firstOnPage: [Int: Int] = [:]
        for span in spans where span.page >= 1 {
            firstOnPage[span.page] = min(firstOnPage[span.page] ?? span.start, span.start)
        }
        let last = firstOnPage.keys.max() ?? 1
        var starts = [0]
        var previous = 0
        for page in stride(from: 2, through: last, by: 1) {
            // A page with no span of its own starts where the next known one does.
            let start = max(previous, firstOnPage[page] ?? (page + 1...last).compactMap { firstOnPage[$0] }.first ?? previous)
            starts.append(start)
            previous = start
        }
        self.starts = starts
    }

    /// The 1-based page of the character at `offset`.
    func page(at offset: Int) -> Int {
        var low = 0, high = starts.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if starts[mid] <= offset { low = mid } else { high = mid - 1 }
        }
        return low + 1
    }

    /// The normalised offset where each page starts.
    var pageStarts: [Int] { starts }
}
