/// Word-level differences between two French texts: case, accents and punctuation are ignored,
/// words are compared in order (patience anchoring on words found once on each side, then Myers
/// between anchors).
///
/// ```swift
/// WordDiff.compare("transmettre deux fois par an le bilan", "transmettre une fois par an le bilan")
/// // [equal "transmettre ", delete "deux ", insert "une ", equal "fois par an le bilan"]
/// ```
public enum WordDiff {
    /// The segments turning `old` into `new`.
    public static func compare(_ old: String, _ new: String) -> [DiffSegment] {
        let keys = WordKeys()
        let oldText = ScalarText(old), newText = ScalarText(new)
        let oldTokens = keys.tokenize(oldText.scalars, in: 0..<oldText.count)
        let newTokens = keys.tokenize(newText.scalars, in: 0..<newText.count)
        return segments(old: oldText, oldTokens, new: newText, newTokens, oldStart: 0, newStart: 0,
                        oldEnd: oldText.count, newEnd: newText.count)
    }

    /// A region that differs: token ranges on each side (one may be empty).
    struct Hunk: Equatable {
        var old: Range<Int>
        var new: Range<Int>
    }

    /// The differing regions of two key sequences, in order.
    static func hunks(_ a: [Int32], _ b: [Int32]) -> [Hunk] {
        var out: [Hunk] = []
        diff(a, 0..<a.count, b, 0..<b.count, into: &out)
        // Adjacent regions (from two recursion levels) read as one.
        var merged: [Hunk] = []
        for hunk in out {
            if let last = merged.last, last.old.upperBound == hunk.old.lowerBound, last.new.upperBound == hunk.new.lowerBound {
                merged[merged.count - 1] = Hunk(old: last.old.lowerBound..<hunk.old.upperBound, new: last.new.lowerBound..<hunk.new.upperBound)
            } else {
                merged.append(hunk)
            }
        }
        return merged
    }

    /// The segments of a diff of two tokenised texts.
    /// The text after the last word runs to `oldEnd` / `newEnd` when given (the closing
    /// parenthesis of `(12 500 €)`).
    /// The text before the first word starts at `oldStart` / `newStart` when given.
    static func segments(old: ScalarText, _ oldTokens: [WordToken], new: ScalarText, _ newTokens: [WordToken],
                         oldStart: Int? = nil, newStart: Int? = nil, oldEnd: Int? = nil, newEnd: Int? = nil) -> [DiffSegment] {
        segments(old: old, oldTokens, new: new, newTokens, hunks: hunks(oldTokens.map(\.key), newTokens.map(\.key)),
                 oldStart: oldStart, newStart: newStart, oldEnd: oldEnd, newEnd: newEnd)
    }

    /// The segments of a diff whose regions are already known.
    static func segments(old: ScalarText, _ oldTokens: [WordToken], new: ScalarText, _ newTokens: [WordToken], hunks: [Hunk],
                         oldStart: Int? = nil, newStart: Int? = nil, oldEnd: Int? = nil, newEnd: Int? = nil) -> [DiffSegment] {
        var segments: [DiffSegment] = []
        func run(_ text: ScalarText, _ tokens: [WordToken], _ range: Range<Int>, _ start: Int?, _ end: Int?) -> String {
            guard !range.isEmpty else { return "" }
            let first = tokens[range.lowerBound].start, last = tokens[range.upperBound - 1].end
            let from = range.lowerBound == 0 ? min(first, start ?? first) : first
            let to = range.upperBound < tokens.count ? tokens[range.upperBound].start : max(last, end ?? last)
            return squeeze(text.slice(from, to))
        }
        func add(_ op: DiffSegment.Operation, _ text: String) {
            guard !text.isEmpty else { return }
            if let last = segments.last, last.op == op {
                segments[segments.count - 1].text += text
            } else {
                segments.append(DiffSegment(op, text))
            }
        }
        var j = 0
        for hunk in hunks {
            add(.equal, run(new, newTokens, j..<hunk.new.lowerBound, newStart, newEnd))
            add(.delete, run(old, oldTokens, hunk.old, oldStart, oldEnd))
            add(.insert, run(new, newTokens, hunk.new, newStart, newEnd))
            j = hunk.new.upperBound
        }
        add(.equal, run(new, newTokens, j..<newTokens.count, newStart, newEnd))
        return segments
    }

    /// Whitespace runs read as one space; the edges keep their space.
    static func squeeze(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        var inSpace = false
        for scalar in text.unicodeScalars {
            if scalar.properties.isWhitespace {
                if !inSpace { out.append(" ") }
                inSpace = true
            } else {
                out.append(scalar)
                inSpace = false
            }
        }
        return String(out)
    }

    // MARK: - Patience, then Myers

    /// Beyond this many tokens without a unique anchor, a region is read as replaced outright.
    private static let myersLimit = 3000

    private static func diff(_ a: [Int32], _ ar: Range<Int>, _ b: [Int32], _ br: Range<Int>, into out: inout [Hunk]) {
        var aLow = ar.lowerBound, aHigh = ar.upperBound, bLow = br.lowerBound, bHigh = br.upperBound
        while aLow < aHigh, bLow < bHigh, a[aLow] == b[bLow] { aLow += 1; bLow += 1 }
        while aLow < aHigh, bLow < bHigh, a[aHigh - 1] == b[bHigh - 1] { aHigh -= 1; bHigh -= 1 }
        if aLow == aHigh || bLow == bHigh {
            if aLow < aHigh || bLow < bHigh { out.append(Hunk(old: aLow..<aHigh, new: bLow..<bHigh)) }
            return
        }
        let anchors = uniqueAnchors(a, aLow..<aHigh, b, bLow..<bHigh)
        if anchors.isEmpty {
            myers(a, aLow..<aHigh, b, bLow..<bHigh, into: &out)
            return
        }
        var i = aLow, j = bLow
        for (x, y) in anchors {
            diff(a, i..<x, b, j..<y, into: &out)
            i = x + 1
            j = y + 1
        }
        diff(a, i..<aHigh, b, j..<bHigh, into: &out)
    }

    /// Words found exactly once in each range, kept where they appear in the same order
    /// (longest increasing run of their new positions).
    private static func uniqueAnchors(_ a: [Int32], _ ar: Range<Int>, _ b: [Int32], _ br: Range<Int>) -> [(Int, Int)] {
        var counts: [Int32: (a: Int, b: Int, posA: Int, posB: Int)] = [:]
        for i in ar { counts[a[i], default: (0, 0, 0, 0)].a += 1; counts[a[i]]!.posA = i }
        for j in br where counts[b[j]] != nil { counts[b[j]]!.b += 1; counts[b[j]]!.posB = j }
        let pairs = counts.values.filter { $0.a == 1 && $0.b == 1 }.map { ($0.posA, $0.posB) }.sorted { $0.0 < $1.0 }
        guard !pairs.isEmpty else { return [] }
        // Longest increasing subsequence of posB (patience sorting).
        var tails: [Int] = []
        var previous = [Int](repeating: -1, count: pairs.count)
        for (index, pair) in pairs.enumerated() {
            var low = 0, high = tails.count
            while low < high {
                let mid = (low + high) / 2
                if pairs[tails[mid]].1 < pair.1 { low = mid + 1 } else { high = mid }
            }
            if low > 0 { previous[index] = tails[low - 1] }
            if low == tails.count { tails.append(index) } else { tails[low] = index }
        }
        var result: [(Int, Int)] = []
        var k = tails.last ?? -1
        while k >= 0 { result.append(pairs[k]); k = previous[k] }
        return result.reversed()
    }

    private static func myers(_ a: [Int32], _ ar: Range<Int>, _ b: [Int32], _ br: Range<Int>, into out: inout [Hunk]) {
        guard ar.count + br.count <= myersLimit else {
            out.append(Hunk(old: ar, new: br))
            return
        }
        let difference = b[br].difference(from: a[ar])
        var removed = Set<Int>(), inserted = Set<Int>()
        for change in difference {
            switch change {
            case .remove(let offset, _, _): removed.insert(offset)
            case .insert(let offset, _, _): inserted.insert(offset)
            }
        }
        // The change offsets count from the start of each slice.
        var i = ar.lowerBound, j = br.lowerBound
        while i < ar.upperBound || j < br.upperBound {
            if removed.contains(i - ar.lowerBound) || inserted.contains(j - br.lowerBound) {
                let oldStart = i, newStart = j
                while i < ar.upperBound, removed.contains(i - ar.lowerBound) { i += 1 }
                while j < br.upperBound, inserted.contains(j - br.lowerBound) { j += 1 }
                out.append(Hunk(old: oldStart..<i, new: newStart..<j))
            } else {
                i += 1
                j += 1
            }
        }
    }
}
