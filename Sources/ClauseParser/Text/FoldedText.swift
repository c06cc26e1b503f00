/// A text beside its folding (lowercase, no accents), scalar for scalar, so that a search
/// ignoring case and accents gives offsets into the original text.
///
/// `FoldedText("Représentée par M. Blanc").offset(of: "represente")` → 0.
struct FoldedText {
    let scalars: [Unicode.Scalar]
    let folded: [Unicode.Scalar]

    init(_ text: String) {
        scalars = Array(text.unicodeScalars)
        folded = scalars.map(Folding.fold)
    }

    var count: Int { scalars.count }

    /// The first offset at or after `start` (and before `limit`) where `needle` (already folded) occurs.
    func offset(of needle: String, from start: Int = 0, before limit: Int? = nil) -> Int? {
        let n = Array(needle.unicodeScalars)
        guard let first = n.first, n.count <= folded.count else { return nil }
        let last = min(folded.count - n.count, (limit ?? folded.count) - 1)
        var i = max(start, 0)
        while i <= last {
            if folded[i] == first {
                var k = 1
                while k < n.count, folded[i + k] == n[k] { k += 1 }
                if k == n.count { return i }
            }
            i += 1
        }
        return nil
    }

    /// The first offset of any of `needles` (folded) at or after `start`, with the needle's length.
    func firstOffset(ofAny needles: [String], from start: Int = 0) -> (offset: Int, length: Int)? {
        var best: (Int, Int)?
        for needle in needles {
            // Each needle is only looked for before the best offset so far.
            if let o = offset(of: needle, from: start, before: best?.0) { best = (o, needle.unicodeScalars.count) }
        }
        return best
    }

    /// The original text between two offsets.
    func slice(_ start: Int, _ end: Int) -> String {
        ObligationDetector.slice(scalars, max(0, start), min(end, scalars.count))
    }
}
