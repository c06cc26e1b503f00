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
            while pages[p].first?.kind == .blank { pages[p].removeFirst() }
            while pages[p].last?.kind == .blank { pages[p].removeLast() }
        }
    }

    private func removePageNumbers(_ pages: inout [[SourceLine]]) {
        for p in pages.indices {
            let numbers = Set(edgeIndices(pages[p]).filter { Self.isPageNumber(pages[p][$0].scalars) })
            pages[p] = pages[p].enumerated().filter { !numbers.contains($0.offset) }.map(\.element)
        }
    }

    private func removeRunningLines(_ pages: inout [[SourceLine]]) {
        let nonEmpty = pages.filter { page in page.contains { $0.kind != .blank } }.count
        guard nonEmpty >= 2 else { return }
        var exactCount: [String: Int] = [:]
        var foldedCount: [String: Int] = [:]
        for page in pages {
            var seenExact = Set<String>(), seenFolded = Set<String>()
            for index in edgeIndices(page) {
                let line = page[index]
                seenExact.insert(line.string.lowercased())
                seenFolded.insert(Self.foldDigits(line.string))
            }
            for key in seenExact { exactCount[key, default: 0] += 1 }
            for key in seenFolded { foldedCount[key, default: 0] += 1 }
        }
        let half = (nonEmpty + 1) / 2
        for p in pages.indices {
            let running = Set(edgeIndices(pages[p]).filter { index in
                let line = pages[p][index]
                let exact = exactCount[line.string.lowercased(), default: 0]
                let folded = foldedCount[Self.foldDigits(line.string), default: 0]
                return (exact >= 2 && exact >= half) || (folded >= 3 && folded >= half && line.kind != .heading)
            })
            pages[p] = pages[p].enumerated().filter { !running.contains($0.offset) }.map(\.element)
        }
    }

    /// Indices of the first and last non-blank lines of a page.
    private func edgeIndices(_ page: [SourceLine]) -> [Int] {
        let filled = page.indices.filter { page[$0].kind != .blank }
        if filled.count <= edge * 2 { return filled }
        return Array(filled.prefix(edge)) + Array(filled.suffix(edge))
    }

    /// `12`, `- 3 -`, `– 3 –`, `Page 3`, `page 3/12`, `Page 3 sur 12`, `3/12`, `p. 3`.
    static func isPageNumber(_ s: [Unicode.Scalar]) -> Bool {
        var text = String(String.UnicodeScalarView(s)).lowercased()
        text = text.trimmingCharacters(in: [" ", "-", "–", "—", "|"])
        for prefix in ["page ", "p. ", "p "] where text.hasPrefix(prefix) {
            text = String(text.dropFirst(prefix.count))
        }
        let parts = text.replacingOccurrences(of: " sur ", with: "/")
            .replacingOccurrences(of: " / ", with: "/")
            .split(separator: "/", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count) else { return false }
        return parts.allSatisfy { part in
            !part.isEmpty && part.count <= 3 && part.unicodeScalars.allSatisfy { $0.isDigit }
        }
    }

    /// The line lowercased with every digit run replaced by `#`, so that `Page 3` and `Page 4`
    /// have the same key.
    static func foldDigits(_ text: String) -> String {
        var out = ""
        var inDigits = false
        for c in text.lowercased().unicodeScalars {
            if c.isDigit {
                if !inDigits { out.append("#") }
                inDigits = true
            } else {
                out.unicodeScalars.append(c)
                inDigits = false
            }
        }
        return out
    }
}

import Foundation
