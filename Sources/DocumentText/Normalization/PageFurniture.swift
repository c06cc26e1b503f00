import Foundation

/// Removes what repeats on every page rather than belonging to the text: page numbers
/// (`3`, `- 3 -`, `Page 3/12`, `3 sur 12`) at the top or bottom of a page, and running headers
/// and footers that recur on at least half of the pages.
///
/// A page is a PDF page, or in a text file a stretch between form feeds or `---` rules.
struct PageFurniture {
    /// How many lines at each end of a page may be furniture.
    private let edge = 3

    /// Removes the furniture and the blank lines at the ends of each page, so
    /// that a paragraph running over a page break joins up again.
    func remove(from pages: inout [[SourceLine]]) {
        removePageNumbers(&pages)
        removeRunningLines(&pages)
        for p in pages.indices {
            // One cut at each end: removing blank lines one by one from the front moves the
            // whole page each time (400,000 blank lines before the text).
            let first = pages[p].firstIndex { $0.kind != .blank } ?? pages[p].endIndex
            let end = pages[p].lastIndex { $0.kind != .blank }.map { $0 + 1 } ?? first
            if first > 0 || end < pages[p].endIndex { pages[p] = Array(pages[p][first..<end]) }
        }
    }

    /// Removes page numbers. A number with its decoration (`Page 3/12`, `- 3 -`, `3 sur 12`) at
    /// the top or bottom of a page is always one. A bare number (`3`) is one only with evidence:
    /// it is all its page holds (a number between two `---` rules of a text file), or another
    /// page carries a bare number in step with it (page 4 has `4` when page 3 has `3`); a lone
    /// `1` at the top of page 20 is text (a footnote, a table cell). Inside the text, bare
    /// numbers alone on their line are removed when at least three of them count up one by one,
    /// each a page's worth of lines after the previous (a text file without page breaks).
    private func removePageNumbers(_ pages: inout [[SourceLine]]) {
        struct Candidate {
            let page: Int
            let line: Int
            let number: Int
            let decorated: Bool
        }
        var candidates: [Candidate] = []
        for p in pages.indices {
            for index in edgeIndices(pages[p]) {
                if let (number, decorated) = Self.pageNumber(pages[p][index].scalars) {
                    candidates.append(Candidate(page: p, line: index, number: number, decorated: decorated))
                }
            }
        }
        // Bare numbers in step with their pages share `number − page`: for each such offset, the
        // first page that has one and whether another page does too (looked up, not searched
        // among all the candidates for each: a text file may have thousands of pages).
        var offsets: [Int: (page: Int, otherPage: Bool)] = [:]
        for c in candidates where !c.decorated {
            if let seen = offsets[c.number - c.page] {
                if seen.page != c.page { offsets[c.number - c.page]?.otherPage = true }
            } else {
                offsets[c.number - c.page] = (c.page, false)
            }
        }
        var removed = Array(repeating: Set<Int>(), count: pages.count)
        for c in candidates {
            var furniture = c.decorated
            if !furniture {
                furniture = pages[c.page].lazy.filter { $0.kind != .blank }.count == 1
            }
            if !furniture, let seen = offsets[c.number - c.page] {
                furniture = seen.page != c.page || seen.otherPage
            }
            if furniture { removed[c.page].insert(c.line) }
        }

        // Bare numbers inside the text, counting up a page apart.
        var chain: [(page: Int, line: Int, number: Int, position: Int)] = []
        var position = 0
        func flush() {
            if chain.count >= 3 { for item in chain { removed[item.page].insert(item.line) } }
            chain.removeAll()
        }
        for p in pages.indices {
            for index in pages[p].indices where pages[p][index].kind != .blank {
                position += 1
                guard !removed[p].contains(index), let (number, decorated) = Self.pageNumber(pages[p][index].scalars),
                      !decorated else { continue }
                if let last = chain.last, number != last.number + 1 || position - last.position < Self.linesPerPage {
                    flush()
                }
                chain.append((p, index, number, position))
            }
        }
        flush()
        for p in pages.indices where !removed[p].isEmpty {
            pages[p] = pages[p].enumerated().filter { !removed[p].contains($0.offset) }.map(\.element)
        }
    }

    /// The fewest lines of text between two page numbers of a text file.
    static let linesPerPage = 8

    /// Removes the lines at the top and bottom of the pages that recur on at least half of
    /// them (and on two at least): the same text (`Convention Région / Pôle emploi`), or the
    /// same text around a number that follows the page (`Convention … – page 3`, `3/12`) on
    /// three pages at least. Lines that differ by another number (`Total 525 499 €`) stay.
    private func removeRunningLines(_ pages: inout [[SourceLine]]) {
        let nonEmpty = pages.lazy.filter { page in page.contains { $0.kind != .blank } }.count
        guard nonEmpty >= 2 else { return }
        struct Edge {
            let index: Int
            let exact: String
            let folded: String
            let numbers: [Int]
            let heading: Bool
        }
        // The edge lines of each page with their keys, computed once.
        var edges: [[Edge]] = []
        edges.reserveCapacity(pages.count)
        var exactCount: [String: Int] = [:]
        var foldedPages: [String: [(page: Int, numbers: [Int])]] = [:]
        for (p, page) in pages.enumerated() {
            var pageEdges: [Edge] = []
            for index in edgeIndices(page) {
                let line = page[index]
                let exact = line.string.lowercased()
                let (folded, numbers) = Self.foldDigits(exact)
                pageEdges.append(Edge(index: index, exact: exact, folded: folded, numbers: numbers, heading: line.kind == .heading))
            }
            for key in Set(pageEdges.map(\.exact)) { exactCount[key, default: 0] += 1 }
            var seen = Set<String>()
            for edge in pageEdges where !edge.numbers.isEmpty && seen.insert(edge.folded).inserted {
                foldedPages[edge.folded, default: []].append((p, edge.numbers))
            }
            edges.append(pageEdges)
        }
        let half = (nonEmpty + 1) / 2
        // A folded line is running when one of its numbers keeps in step with the pages.
        var runningFolded = Set<String>()
        for (key, occurrences) in foldedPages where occurrences.count >= 3 && occurrences.count >= half {
            let runs = occurrences[0].numbers.count
            guard occurrences.allSatisfy({ $0.numbers.count == runs }) else { continue }
            for run in 0..<runs {
                let offsets = occurrences.map { $0.numbers[run] - $0.page }
                if offsets.allSatisfy({ $0 == offsets[0] }) { runningFolded.insert(key); break }
            }
        }
        for p in pages.indices {
            var running = Set<Int>()
            for edge in edges[p] {
                let exact = exactCount[edge.exact, default: 0]
                if (exact >= 2 && exact >= half) || (!edge.heading && runningFolded.contains(edge.folded)) {
                    running.insert(edge.index)
                }
            }
            if !running.isEmpty {
                pages[p] = pages[p].enumerated().filter { !running.contains($0.offset) }.map(\.element)
            }
        }
    }

    /// Indices of the first and last non-blank lines of a page: up to `edge` at each end, and
    /// no more than a third of a short page at each end (a page of three lines has one line
    /// of header, one of body, one of footer).
    private func edgeIndices(_ page: [SourceLine]) -> [Int] {
        let filled = page.indices.filter { page[$0].kind != .blank }
        let count = min(edge, max(1, filled.count / 3))
        if filled.count <= count * 2 { return filled }
        return Array(filled.prefix(count)) + Array(filled.suffix(count))
    }

    /// `12`, `- 3 -`, `– 3 –`, `Page 3`, `page 3/12`, `Page 3 sur 12`, `3/12`, `p. 3`.
    static func isPageNumber(_ s: [Unicode.Scalar]) -> Bool { pageNumber(s) != nil }

    /// The page number a line holds, and whether it is decorated (anything but the bare digits).
    static func pageNumber(_ s: [Unicode.Scalar]) -> (number: Int, decorated: Bool)? {
        guard !s.isEmpty, s.count <= 24, s.contains(where: \.isDigit),
              s.allSatisfy({ $0.isDigit || Self.pageNumberScalars.contains($0) }) else { return nil }
        let original = String(String.UnicodeScalarView(s)).lowercased()
        var text = original.trimmingCharacters(in: [" ", "-", "–", "—", "|"])
        for prefix in ["page ", "p. ", "p "] where text.hasPrefix(prefix) {
            text = String(text.dropFirst(prefix.count))
        }
        let parts = text.replacingOccurrences(of: " sur ", with: "/")
            .replacingOccurrences(of: " / ", with: "/")
            .split(separator: "/", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count) else { return nil }
        guard parts.allSatisfy({ part in
            !part.isEmpty && part.count <= 3 && part.unicodeScalars.allSatisfy { $0.isDigit }
        }), let number = Int(parts[0]) else { return nil }
        return (number, text != original || parts.count == 2)
    }

    /// What a page-number line may hold besides digits.
    private static let pageNumberScalars: Set<Unicode.Scalar> = Set(" -–—|/.pagesurPAGESUR".unicodeScalars)

    /// The line with every digit run replaced by `#`, so that `page 3` and `page 4` have the
    /// same key, and the numbers it replaced.
    static func foldDigits(_ text: String) -> (folded: String, numbers: [Int]) {
        var out: [Unicode.Scalar] = []
        var numbers: [Int] = []
        var value: Int?
        for c in text.unicodeScalars {
            if c.isDigit {
                if value == nil { out.append("#") }
                value = min((value ?? 0) * 10 + Int(c.value - 0x30), 1_000_000_000)
            } else {
                if let number = value { numbers.append(number) }
                value = nil
                out.append(c)
            }
        }
        if let number = value { numbers.append(number) }
        return (String(scalars: out), numbers)
    }
}

