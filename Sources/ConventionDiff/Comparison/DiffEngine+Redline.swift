import Foundation

extension DiffEngine {
    /// The whole new text with the old one's deleted words and the new one's inserted words in
    /// place, cut into paragraphs where the text breaks its lines (a replacement stays in one
    /// paragraph).
    func redline() -> Redline {
        let a = old.plainTokens, b = new.plainTokens
        let hunks = WordDiff.hunks(a.map(\.key), b.map(\.key))
        var builder = RedlineBuilder(old: old, new: new)
        var i = 0, j = 0
        for hunk in hunks + [WordDiff.Hunk(old: a.count..<a.count, new: b.count..<b.count)] {
            while i < hunk.old.lowerBound, j < hunk.new.lowerBound {
                // Before a deletion, the old spacing: `Trésor [et de la politique économique.] Ce`.
                let beforeDeletion = i + 1 == hunk.old.lowerBound && !hunk.old.isEmpty
                let gap = beforeDeletion ? old.gap(after: i, in: a) : new.gap(after: j, in: b)
                builder.append(.equal, word: new.text.slice(b[j].start, b[j].end), gap: gap,
                               unit: new.ref(new.unit(at: b[j].start)), oldPage: old.pages.page(at: a[i].start),
                               newPage: new.pages.page(at: b[j].start))
                i += 1
                j += 1
            }
            for k in hunk.old {
                // The last deleted word runs on to the words that replace it.
                let gap = k + 1 == hunk.old.upperBound && !hunk.new.isEmpty ? " " : old.gap(after: k, in: a)
                builder.append(.delete, word: old.text.slice(a[k].start, a[k].end), gap: gap,
                               unit: old.ref(old.unit(at: a[k].start)), oldPage: old.pages.page(at: a[k].start), newPage: nil)
            }
            for k in hunk.new {
                builder.append(.insert, word: new.text.slice(b[k].start, b[k].end), gap: new.gap(after: k, in: b),
                               unit: new.ref(new.unit(at: b[k].start)), oldPage: nil, newPage: new.pages.page(at: b[k].start))
            }
            i = hunk.old.upperBound
            j = hunk.new.upperBound
        }
        return Redline(paragraphs: builder.finish())
    }
}

extension Version {
    /// The text between a word and the next one (the end of the text after the last).
    func gap(after index: Int, in tokens: [WordToken]) -> String {
        text.slice(tokens[index].end, index + 1 < tokens.count ? tokens[index + 1].start : text.count)
    }
}

/// Gathers the runs of a redline into paragraphs with their unit and pages.
private struct RedlineBuilder {
    let old: Version
    let new: Version
    var paragraphs: [Redline.Paragraph] = []
    var current: Redline.Paragraph?
    var lastUnit: String?

    init(old: Version, new: Version) {
        self.old = old
        self.new = new
    }

    /// Adds one word and the spacing after it; a line break in the spacing closes the paragraph.
    mutating func append(_ op: DiffSegment.Operation, word: String, gap: String, unit: String, oldPage: Int?, newPage: Int?) {
        let breaks = gap.contains("\n")
        let text = word + (breaks ? String(gap.prefix { $0 != "\n" }).trimmingCharacters(in: .whitespaces) + " " : WordDiff.squeeze(gap))
        if current == nil {
            current = Redline.Paragraph(article: unit, opensUnit: unit != lastUnit, oldPage: nil, newPage: nil, segments: [])
            lastUnit = unit
        }
        if current!.oldPage == nil { current!.oldPage = oldPage }
        if current!.newPage == nil { current!.newPage = newPage }
        if let last = current!.segments.last, last.op == op {
            current!.segments[current!.segments.count - 1].text += text
        } else {
            current!.segments.append(DiffSegment(op, text))
        }
        if breaks { close() }
    }

    mutating func close() {
        if var paragraph = current, !paragraph.segments.isEmpty {
            let last = paragraph.segments.count - 1
            paragraph.segments[last].text = paragraph.segments[last].text.trimmingCharacters(in: .whitespaces)
            paragraphs.append(paragraph)
        }
        current = nil
    }

    mutating func finish() -> [Redline.Paragraph] {
        close()
        return paragraphs
    }
}
