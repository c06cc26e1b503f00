extension Scan {
    /// Reads the numbers of the text from left to right, outside dates and `pour cent` phrases.
    mutating func findNumbers() {
        numberAt = [Int32](repeating: -1, count: count + 1)
        var i = 0
        while i < count {
            if dateAt[i] >= 0 {
                i = dates[Int(dateAt[i])].end
                continue
            }
            guard tokens[i].kind == .digits || roleMask[i].intersects(.numberWords) || roleMask[i].intersects(.percentSigns) else {
                i += 1
                continue
            }
            if let h = hit(.percentSigns, at: i), h.end > i + 1 {
                i = Int(h.end)
                continue
            }
            if let number = readNumber(at: i) {
                numberAt[i] = Int32(numbers.count)
                numbers.append(number)
                i = number.end
            } else {
                i += 1
            }
        }
    }

    /// The public numbers: every number but a lone article (`un`, `une`) and `dernier`.
    func readNumbers() -> [Found<Double>] {
        numbers.filter { !$0.isArticle && !$0.isLast }.map { Found(start: $0.start, end: $0.end, value: $0.value) }
    }

    /// The number read at token `i`, if any; `trois (3)` is one number.
    func readNumber(at i: Int) -> NumberSpan? {
        guard i < count else { return nil }
        var number: NumberSpan?
        switch tokens[i].kind {
        case .digits: number = readFigures(at: i)
        case .word: number = readWords(at: i)
        case .symbol: return nil
        }
        guard var found = number else { return nil }
        // "trois (3)", "14 (quatorze)": the same number twice.
        if isSymbol(found.end, "("), found.end + 1 < count {
            let k = found.end + 1
            let inner = tokens[k].kind == .digits ? readFigures(at: k) : readWords(at: k)
            if let inner, inner.value == found.value, isSymbol(inner.end, ")") {
                found.end = inner.end + 1
                found.isArticle = false
            }
        }
        return found
    }

    /// Figures with space, no-break-space or dot thousands separators and a comma or dot
    /// decimal part: `1 900 000`, `1.900.000`, `341 011,5`, `341 011.5`, `3.500` (a single dot
    /// followed by exactly three figures separates thousands). A figure followed by an ordinal
    /// suffix is an ordinal (`1er`, `3e`); a scale word multiplies (`2,5 millions`). Figures
    /// too many for a `Double` (`1 000 000 …` over four hundred groups) are not a number.
    func readFigures(at i: Int) -> NumberSpan? {
        guard i < count, tokens[i].kind == .digits else { return nil }
        if i >= 2, tokens[i].gap == .none, isSymbol(i - 1, "."), tokens[i - 1].gap == .none, tokens[i - 2].kind == .digits {
            return nil   // the middle or end of a dotted reference (2.1.3)
        }
        let first = tokens[i]
        var value = figures(i)
        var j = i + 1
        var grouped = false
        if first.digitCount <= 3 {
            while j < count, j - i <= Self.thousandsGroups, tokens[j].kind == .digits, tokens[j].digitCount == 3,
                  isThousandsGap(before: j) {
                value = value * 1000 + Double(tokens[j].value)
                j += 1
                grouped = true
            }
            if !grouped {
                var k = j
                var dotted = value
                var groups = 0
                while isFigureAfterSymbol(k, "."), tokens[k + 1].digitCount == 3 {
                    dotted = dotted * 1000 + Double(tokens[k + 1].value)
                    k += 2
                    groups += 1
                }
                if groups > 0 && !isFigureAfterSymbol(k, ".") {
                    value = dotted
                    j = k
                    grouped = true
                }
            }
        }
        var isInteger = true
        if isFigureAfterSymbol(j, ",") || isFigureAfterSymbol(j, ".") {
            if isSymbol(j, ".") && isFigureAfterSymbol(j + 2, ".") { return nil }   // 2.1.3 is a reference
            // The first 18 decimals, all a token keeps and more than a Double holds.
            let fraction = tokens[j + 1]
            var scale = 1.0
            for _ in 0..<min(Int(fraction.digitCount), 18) { scale *= 10 }
            value += Double(fraction.value) / scale
            j += 2
            isInteger = false
        }
        guard value.isFinite else { return nil }
        var number = NumberSpan(start: i, end: j, value: value, isInteger: isInteger,
                                isFourFigures: j == i + 1 && first.digitCount == 4)
        if j < count, tokens[j].kind == .word {
            if isInteger, !grouped, tokens[j].gap == .none, let suffix = hit(.ordinalSuffix, at: j) {
                number.isOrdinal = true
                number.isFourFigures = false
                number.end = Int(suffix.end)
            } else if tokens[j].gap != .line, let scale = hit(.cardinal, at: j), payload(scale).number >= 1_000_000 {
                number.value *= payload(scale).number
                guard number.value.isFinite else { return nil }
                number.isInteger = number.value.rounded() == number.value
                number.isFourFigures = false
                number.end = Int(scale.end)
            }
        }
        return number
    }

    /// The most groups of three figures read after the first ones (up to 10²¹): the figures of
    /// `1 000 000 000 …` over a page make several numbers, each read once, none past a `Double`.
    static let thousandsGroups = 6

    /// Number words: `soixante et onze`, `deux millions trois cent mille`, `trente et unième`,
    /// `premier`, `second`.
    func readWords(at i: Int) -> NumberSpan? {
        guard i < count, tokens[i].kind == .word else { return nil }
        var builder = WordNumber()
        var j = i
        var end = i
        var ordinal = false
        while j < count {
            if builder.words > 0 {
                if isSymbol(j, "-"), tokens[j].gap == .none, j + 1 < count, tokens[j + 1].gap == .none {
                    j += 1
                } else if builder.acceptsEt, let et = hit(.and, at: j), Int(et.end) < count,
                          tokens[Int(et.end)].gap != .line, let next = numberWord(at: Int(et.end)),
                          next.value == 1 || next.value == 11 {
                    j = Int(et.end)
                }
            }
            guard let word = numberWord(at: j) else { break }
            if word.isLast {
                guard builder.words == 0 else { break }
                return NumberSpan(start: i, end: word.end, value: 0, isOrdinal: true, isLast: true, inWords: true)
            }
            guard builder.add(word.value) else { break }
            end = word.end
            j = word.end
            if word.isOrdinal {
                ordinal = true
                break
            }
        }
        guard builder.words > 0 else { return nil }
        let isArticle = builder.words == 1 && !ordinal && builder.value == 1
        return NumberSpan(start: i, end: end, value: builder.value, isOrdinal: ordinal, isArticle: isArticle, inWords: true)
    }

    private func numberWord(at j: Int) -> (value: Double, end: Int, isOrdinal: Bool, isLast: Bool)? {
        guard j < count, tokens[j].kind == .word else { return nil }
        if let h = hit(.ordinal, at: j) {
            let p = payload(h)
            return (p.number, Int(h.end), true, p.isLast)
        }
        if let h = hit(.cardinal, at: j) {
            return (payload(h).number, Int(h.end), false, false)
        }
        return nil
    }

    /// The value of the run of figures at token `k`, every figure of it: a token keeps only
    /// its first 18 (`99999999999999999999` is about 10²⁰, not 10¹⁸); infinite past a `Double`.
    private func figures(_ k: Int) -> Double {
        let token = tokens[k]
        guard token.digitCount > 18 else { return Double(token.value) }
        return Double(String(scalars: scalars[Int(token.start)..<Int(token.end)])) ?? .infinity
    }

    /// Whether token `k` is the symbol `c` glued to a following run of figures (`.500`, `,5`).
    private func isFigureAfterSymbol(_ k: Int, _ c: Unicode.Scalar) -> Bool {
        isSymbol(k, c) && tokens[k].gap == .none && k + 1 < count && tokens[k + 1].kind == .digits && tokens[k + 1].gap == .none
    }

    /// Whether a single space, no-break space or thin space separates token `j` from the previous one.
    private func isThousandsGap(before j: Int) -> Bool {
        let a = Int(tokens[j - 1].end)
        guard Int(tokens[j].start) == a + 1 else { return false }
        switch scalars[a].value {
        case 0x20, 0xA0, 0x202F, 0x2009, 0x2007: return true
        default: return false
        }
    }
}
