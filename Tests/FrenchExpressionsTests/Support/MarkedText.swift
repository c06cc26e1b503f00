/// A sentence with the expected matches marked between `⟦` and `⟧`:
/// `"Elle est conclue ⟦pour trois ans⟧."` → text `"Elle est conclue pour trois ans."`, ranges `[17..<31]`.
/// Ranges count Unicode scalars, like ``FrenchExpressions/Match/range``.
struct MarkedText {
    let text: String
    let ranges: [Range<Int>]
    let phrases: [String]

    init(_ marked: String) {
        var scalars = String.UnicodeScalarView()
        var ranges: [Range<Int>] = []
        var phrases: [String] = []
        var start: Int?
        var phrase = String.UnicodeScalarView()
        for scalar in marked.unicodeScalars {
            switch scalar {
            case "⟦":
                start = scalars.count
                phrase = String.UnicodeScalarView()
            case "⟧":
                if let open = start {
                    ranges.append(open..<scalars.count)
                    phrases.append(String(phrase))
                }
                start = nil
            default:
                scalars.append(scalar)
                if start != nil { phrase.append(scalar) }
            }
        }
        text = String(scalars)
        self.ranges = ranges
        self.phrases = phrases
    }
}
