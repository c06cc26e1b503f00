/// Shortens a word diff for display: long unchanged runs keep a few words next to each change
/// and read `…` in between.
///
/// `[equal "La présente convention est conclue pour une durée ", delete "d'un an", …]` with
/// context 3 → `[equal "… pour une durée ", delete "d'un an", …]`.
enum DiffExcerpt {
    static let gap = "… "
    /// Fewer words than this are not worth a `…`.
    static let minimumGap = 6

    /// Beyond this many words (two unrelated texts), the rest reads `[…]`.
    static let maximumWords = 250

    static func shorten(_ segments: [DiffSegment], context: Int = 10) -> [DiffSegment] {
        guard segments.contains(where: { $0.op != .equal }) else { return segments }
        return capped(elided(segments, context: context))
    }

    private static func capped(_ segments: [DiffSegment]) -> [DiffSegment] {
        var out: [DiffSegment] = []
        var words = 0
        for segment in segments {
            let count = segment.text.split(separator: " ").count
            if words + count <= maximumWords {
                out.append(segment)
                words += count
                continue
            }
            let kept = segment.text.split(separator: " ").prefix(maximumWords - words).joined(separator: " ")
            if !kept.isEmpty { out.append(DiffSegment(segment.op, kept + " ")) }
            out.append(DiffSegment(.equal, "[…]"))
            break
        }
        return out
    }

    private static func elided(_ segments: [DiffSegment], context: Int) -> [DiffSegment] {
        var out: [DiffSegment] = []
        for (index, segment) in segments.enumerated() {
            guard segment.op == .equal else { out.append(segment); continue }
            let words = segment.text.split(separator: " ", omittingEmptySubsequences: false).map(String.init)
            let changeBefore = index > 0, changeAfter = index < segments.count - 1
            let keepHead = changeBefore ? context : 0, keepTail = changeAfter ? context : 0
            if words.count <= keepHead + keepTail + minimumGap {
                out.append(segment)
                continue
            }
            var text = ""
            if keepHead > 0 { text += words.prefix(keepHead).joined(separator: " ") + " " }
            text += gap
            if keepTail > 0 { text += words.suffix(keepTail).joined(separator: " ") }
            out.append(DiffSegment(.equal, text))
        }
        return out
    }
}
