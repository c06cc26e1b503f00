import ConventionModel
import DocumentText

/// Finds the structural units of a convention — préambule, titres, axes, articles, sections,
/// annexes — with their titles, nesting and spans, and tells for every line which unit holds it.
///
/// ```
/// TITRE 2 – UNE EXPERTISE POLE EMPLOI          → A1 title "2"
/// Article 2.1 : La mission expertise …         → A2 article "2.1", parent A1
/// Article 2.1.1 : contenu de la mission        → A3 article "2.1.1", parent A2
/// ```
/// Which of two kinds is the outer one (an axe inside an article, or articles inside an axe)
/// is read from the order in which the document first uses them.
struct StructureSegmenter: Sendable {
    let headings: HeadingParser

    struct Result {
        var articles: [Article]
        /// For each line, the index in `articles` of the innermost unit holding it.
        var unitOfLine: [Int?]
        /// Lines that are headings (their text is not body text).
        var headingLines: LineSet
    }

    private struct Candidate {
        var line: Int
        var heading: HeadingParser.Heading
        /// A following line that carries the title (`Article 3` / `Durée`).
        var titleLine: Int?
    }

    func segment(_ lines: [TextLine], text: NormalizedText) -> Result {
        var candidates = findCandidates(lines)
        candidates = removeTablesOfContents(candidates, lines: lines)

        var articles: [Article] = []
        /// Index in `articles` of each unit's parent.
        var parentIndex: [Int?] = []
        var rankOfKind: [Article.Kind: Int] = [:]
        var stack: [(index: Int, rank: Int)] = []
        var headingLines = LineSet(lineCount: lines.count)

        for candidate in candidates {
            let kind = candidate.heading.kind
            let rank: Int
            switch kind {
            case .annex: rank = 0
            // A préambule holds only its sections: the next titre or article closes it.
            case .preamble: rank = 99
            case .section: rank = 100
            default:
                if rankOfKind[kind] == nil { rankOfKind[kind] = 10 + rankOfKind.count }
                rank = rankOfKind[kind]!
            }
            let number = candidate.heading.number
            if kind == .article, let number, number.contains(".") {
                // Article 2.1.3 sits in article 2.1 when there is one.
                while let top = stack.last {
                    let parent = articles[top.index]
                    if parent.kind == .article, let parentNumber = parent.number, number.hasPrefix(parentNumber + ".") { break }
                    if top.rank < rank && parent.kind != .article && parent.kind != .section { break }
                    stack.removeLast()
                }
            } else {
                while let top = stack.last, top.rank >= rank { stack.removeLast() }
            }
            let lastLine = candidate.titleLine ?? candidate.line
            let start = lines[candidate.line].start
            let article = Article(
                id: "A\(articles.count + 1)", kind: kind, number: number,
                title: candidate.heading.title ?? candidate.titleLine.map { lines[$0].text },
                parent: stack.last.map { articles[$0.index].id },
                span: Span(start: start, end: lines[lastLine].end, page: text.page(at: start))
            )
            parentIndex.append(stack.last?.index)
            stack.append((articles.count, rank))
            articles.append(article)
            headingLines.insert(candidate.line)
            if let titleLine = candidate.titleLine { headingLines.insert(titleLine) }
        }

        // Each unit runs until the next unit that is not inside it.
        let starts = articles.map { $0.span!.start }
        for i in articles.indices {
            var end = text.scalars.count
            for j in (i + 1)..<articles.count where !isAncestor(i, of: j, parents: parentIndex) {
                end = starts[j]
                break
            }
            let headingEnd = articles[i].span!.end
            articles[i].span?.end = max(end, headingEnd)
        }

        var unitOfLine: [Int?] = Array(repeating: nil, count: lines.count)
        var current: Int?
        var next = 0
        for line in lines {
            while next < articles.count, starts[next] <= line.start { current = next; next += 1 }
            unitOfLine[line.index] = current
        }
        return Result(articles: articles, unitOfLine: unitOfLine, headingLines: headingLines)
    }

    private func isAncestor(_ ancestor: Int, of index: Int, parents: [Int?]) -> Bool {
        var parent = parents[index]
        while let p = parent {
            if p == ancestor { return true }
            parent = parents[p]
        }
        return false
    }

    private func findCandidates(_ lines: [TextLine]) -> [Candidate] {
        var candidates: [Candidate] = []
        var skipUntil = -1
        for line in lines where line.index > skipUntil && !line.isBlank {
            if headings.mayOpenHeading(line.tokens.first), let heading = headings.keywordHeading(line.scalars) {
                var candidate = Candidate(line: line.index, heading: heading)
                if heading.title == nil, heading.kind != .preamble, let next = nextNonBlank(after: line.index, in: lines),
                   isTitleLine(lines[next]) {
                    candidate.titleLine = next
                    skipUntil = next
                }
                candidates.append(candidate)
            } else if line.enumerator != nil, let heading = headings.sectionHeading(line.scalars), isSectionContext(line, lines: lines) {
                candidates.append(Candidate(line: line.index, heading: heading))
            }
        }
        return candidates
    }

    /// A line that can be the title of a bare `Article 3`: short, not a sentence, not a heading.
    private func isTitleLine(_ line: TextLine) -> Bool {
        guard !line.isListItem, line.scalars.count <= 120, headings.keywordHeading(line.scalars) == nil,
              let last = line.scalars.last else { return false }
        return !".;,".unicodeScalars.contains(last)
    }

    /// A numbered line heads a section unless it is an item of a list announced by a lead-in
    /// ending with `:`, or one of a run of items.
    private func isSectionContext(_ line: TextLine, lines: [TextLine]) -> Bool {
        guard let previous = previousNonBlank(before: line.index, in: lines) else { return true }
        if lines[previous].ends(with: ":") { return false }
        if let next = nextNonBlank(after: line.index, in: lines), lines[next].isListItem,
           lines[next].enumerator?.style == line.enumerator?.style,
           lines[previous].isListItem {
            return false
        }
        return true
    }

    /// Runs of three or more same-kind headings with no text between them, whose numbers are
    /// not nested, are a table of contents or a list of annexes, not headings.
    private func removeTablesOfContents(_ candidates: [Candidate], lines: [TextLine]) -> [Candidate] {
        var keep = Array(repeating: true, count: candidates.count)
        var runStart = 0
        func closeRun(_ end: Int) {
            if end - runStart >= 3 { for k in runStart..<end { keep[k] = false } }
        }
        for i in 1..<max(candidates.count, 1) {
            let previous = candidates[i - 1], current = candidates[i]
            let adjacent = nextNonBlank(after: previous.titleLine ?? previous.line, in: lines) == current.line
            let nested = current.heading.number.map { n in previous.heading.number.map { n.hasPrefix($0 + ".") } ?? false } ?? false
            if !(adjacent && previous.heading.kind == current.heading.kind && !nested) {
                closeRun(i)
                runStart = i
            }
        }
        closeRun(candidates.count)
        return candidates.indices.filter { keep[$0] }.map { candidates[$0] }
    }

    private func nextNonBlank(after index: Int, in lines: [TextLine]) -> Int? {
        var i = index + 1
        while i < lines.count {
            if !lines[i].isBlank { return i }
            i += 1
        }
        return nil
    }

    private func previousNonBlank(before index: Int, in lines: [TextLine]) -> Int? {
        var i = index - 1
        while i >= 0 {
            if !lines[i].isBlank { return i }
            i -= 1
        }
        return nil
    }
}
