import ConventionModel
import DocumentText

/// Finds, for an offset of the normalised text, its line, the unit that holds it, and the
/// sentence around it.
struct Locator {
    let lines: [TextLine]
    let structure: StructureSegmenter.Result

    /// Index of the line holding `offset`.
    func lineIndex(at offset: Int) -> Int {
        var low = 0, high = lines.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if lines[mid].start <= offset { low = mid } else { high = mid - 1 }
        }
        return low
    }

    func article(at offset: Int) -> Article? {
        guard !lines.isEmpty, let unit = structure.unitOfLine[lineIndex(at: offset)] else { return nil }
        return structure.articles[unit]
    }

    func articleID(at offset: Int) -> String? { article(at: offset)?.id }

    /// The sentence of the line that holds `range` (the text between the sentence ends around it).
    func sentence(around range: Range<Int>, in text: NormalizedText) -> String {
        guard !lines.isEmpty else { return "" }
        let line = lines[lineIndex(at: range.lowerBound)]
        let scalars = line.scalars
        let local = max(0, range.lowerBound - line.start)
        var start = local, end = min(max(range.upperBound - line.start, local), scalars.count)
        while start > 0, !(scalars[start - 1] == "." && start < scalars.count && scalars[start] == " ") { start -= 1 }
        while end < scalars.count, scalars[end] != "." { end += 1 }
        return ObligationDetector.slice(scalars, start, end)
    }
}
