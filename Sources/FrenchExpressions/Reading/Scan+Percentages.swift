extension Scan {
    /// Percentages: a number and `%`, `pour cent` or `p. 100` (`12,5 %`, `cinquante pour cent`),
    /// per mille converted (`3 ‰` → 0.3), a sign kept in the phrase (`+33,5 %`), the same value
    /// in parentheses taken as one (`vingt-cinq pour cent (25 %)`).
    func readPercentages() -> [Found<Double>] {
        var found: [Found<Double>] = []
        var i = 0
        while i < count {
            guard numberAt[i] >= 0 else {
                i += 1
                continue
            }
            if let item = percentage(at: i) {
                found.append(item)
                i = item.end
            } else {
                i += 1
            }
        }
        return found
    }

    private func percentage(at i: Int) -> Found<Double>? {
        guard let (value, end) = percent(at: i) else { return nil }
        var start = i
        var signed = value
        if i > 0, tokens[i].gap == .none, isSymbol(i - 1, "+") || isSymbol(i - 1, "-") || isSymbol(i - 1, "\u{2212}") {
            start = i - 1
            if !isSymbol(i - 1, "+") { signed = -value }
        }
        var last = end
        if isSymbol(end, "("), let same = percent(at: end + 1), same.value == value, isSymbol(same.end, ")") {
            last = same.end + 1
        }
        return Found(start: start, end: last, value: signed)
    }

    private func percent(at i: Int) -> (value: Double, end: Int)? {
        guard let number = numberStarting(at: i), !number.isOrdinal, !number.isLast,
              let sign = hit(.percentSigns, at: number.end) else { return nil }
        return (sign.role == .permille ? number.value / 10 : number.value, Int(sign.end))
    }
}
