import Foundation

extension DiffEngine {
    /// The whole new text with the old one's deleted words and the new one's inserted words in
    /// place, cut into paragraphs where either text breaks its lines.
    func redline() -> Redline {
        let a = old.plainTokens, b = new.plainTokens
        let hunks = WordDiff.hunks(a.map(\.key), b.map(\.key))
        var builder = RedlineBuilder(old: old, new: new)
        var i = 0, j = 0
        for hunk in hunks + [WordDiff.Hunk(old: a.count..<a.count, new: b.count..<b.count)] {
            while i < hunk.old.lowerBound, j < hunk.new.lowerBound {
                builder.append(.equal, token: b[j], next: j + 1 < b.count ? b[j + 1] : nil, in: new, oldToken: a[i])
                i += 1
                j += 1
            }
            for k in hunk.old { builder.append(.delete, token: a[k], next: k + 1 < a.count ? a[k + 1] : nil, in: old, oldToken: a[k]) }
            for k in hunk.new { builder.append(.insert, token: b[k], next: k + 1 < b.count ? b[k + 1] : nil, in: new, oldToken: nil) }
            i = hunk.old.upperBound
            j = hunk.new.upperBound
        }
        return Redline(paragraphs: builder.finish())
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

    /// Adds one word and the spacing after it; a line break after it closes the paragraph.
    mutating func append(_ op: DiffSegment.Operation, token: WordToken, next: WordToken?, in version: Version, oldToken: WordToken?) {
        let word = version.text.slice(token.start, token.end)
        let gap = version.text.slice(token.end, next?.start ?? version.text.count)
        let breaks = gap.contains("\n")
        let text = word + (breaks ? String(gap.prefix { $0 != "\n" }).trimmingCharacters(in: .whitespaces) : WordDiff.squeeze(gap))
        if current == nil {
            let unit = op == .delete ? old.ref(old.unit(at: token.start)) : new.ref(new.unit(at: token.start))
            current = Redline.Paragraph(article: unit, opensUnit: unit != lastUnit, oldPage: nil, newPage: nil, segments: [])
            lastUnit = unit
        }
        if current!.oldPage == nil, let oldToken { current!.oldPage = old.pages.page(at: oldToken.start) }
        if current!.newPage == nil, op != .delete { current!.newPage = new.pages.page(at: token.start) }
        if let last = current!.segments.last, last.op == op {
            current!.segments[current!.segments.count - 1].text += text
        } else {
            current!.segments.append(DiffSegment(op, text))
        }
        if breaks { close() }
    }

    mutating func close() {
        if let paragraph = current, !paragraph.segments.isEmpty {
            var paragraph = paragraph
            if let last = paragraph.segments.last, last.text.hasSuffix(" ") {
                paragraph.segments[paragraph.segments.count - 1].text = String(last.text.dropLast())
            }
            paragraphs.append(paragraph)
        }
        current = nil
    }

    mutating func finish() -> [Redline.Paragraph] {
        close()
        return paragraphs
    }
}
