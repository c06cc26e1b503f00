/// Adds up number words the French way: `quatre-vingt-dix-sept` = 4 × 20 + 10 + 7,
/// `deux millions trois cent mille` = 2 × 10⁶ + 300 × 10³. ``add(_:)`` refuses a word that
/// cannot follow the previous ones (`vingt trente`), which ends the number.
struct WordNumber {
    private var total = 0.0
    private var current = 0.0
    private var previous = -1.0
    private var lastScale = Double.infinity
    private(set) var words = 0

    var value: Double { total + current }

    /// The part below one hundred of the group being read.
    var low: Double { current.truncatingRemainder(dividingBy: 100) }

    mutating func add(_ v: Double) -> Bool {
        if v >= 1_000_000 {
            guard v < lastScale else { return false }
            total += (current == 0 ? 1 : current) * v
            current = 0
            lastScale = v
        } else if v == 1000 {
            guard lastScale > 1000 else { return false }
            total += (current == 0 ? 1 : current) * 1000
            current = 0
            lastScale = 1000
        } else if v == 100 {
            guard current < 20 else { return false }
            current = (current == 0 ? 1 : current) * 100
        } else if v == 20 && previous == 4 && low == 4 {
            current += 76   // quatre-vingt
        } else {
            let low = self.low
            let fits = (low == 0 && (words == 0 || v > 0))
                || (low == 10 && v >= 7 && v <= 9)
                || (low >= 20 && low.truncatingRemainder(dividingBy: 10) == 0 && v >= 1 && v <= 9)
                || ((low == 60 || low == 80) && v >= 10 && v <= 19)
            guard fits else { return false }
            current += v
        }
        previous = v
        words += 1
        return true
    }

    /// Whether `et` may join the next word: `vingt et un`, `soixante et onze`.
    var acceptsEt: Bool {
        let low = self.low
        return low >= 20 && low <= 70 && low.truncatingRemainder(dividingBy: 10) == 0
    }
}
