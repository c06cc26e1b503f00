extension Scan {
    /// Sums of money: a number and a currency (`2 046 069 €`, `douze mille cinq cents euros`,
    /// `0,59 centimes`, `1,5 M€`, `2,5 millions d'euros`), a currency and a number (`EUR 10 000`,
    /// `€ 2 500`), with cents added (`… euros et cinquante centimes`) and the same amount in
    /// figures in parentheses taken as one (`douze mille cinq cents euros (12 500 €)`).
    func readAmounts() -> [Found<Double>] {
        var found: [Found<Double>] = []
        var i = 0
        while i < count {
            guard numberAt[i] >= 0 || roleMask[i].contains(.currency) else {
                i += 1
                continue
            }
            if let item = amount(at: i) {
                found.append(item)
                i = item.end
            } else {
                i += 1
            }
        }
        return found
    }

    private func amount(at i: Int) -> Found<Double>? {
        var euros: Double
        var end: Int
        if let number = numberStarting(at: i), let money = money(after: number) {
            (euros, end) = money
        } else if let currency = hit(.currency, at: i), payload(currency).number == 1, isCurrencySign(i),
                  let number = numberStarting(at: Int(currency.end)), !number.isOrdinal, money(after: number) == nil {
            (euros, end) = (number.value, number.end)
        } else {
            return nil
        }
        if let and = hit(.and, at: end), let cents = numberStarting(at: Int(and.end)), let more = money(after: cents),
           more.euros < 1 {
            euros += more.euros
            end = more.end
        }
        if isSymbol(end, "("), let inner = numberStarting(at: end + 1), let same = money(after: inner),
           abs(same.euros - euros) < 0.005, isSymbol(same.end, ")") {
            end = same.end + 1
        }
        return Found(start: i, end: end, value: euros)
    }

    /// The euros of `number` followed by a currency word, with a scale letter between (`M€`, `k€`).
    private func money(after number: NumberSpan) -> (euros: Double, end: Int)? {
        guard !number.isOrdinal, !number.isLast, number.end < count, tokens[number.end].gap != .line else { return nil }
        var j = number.end
        var scale = 1.0
        if let letter = hit(.scale, at: j), has(.currency, at: Int(letter.end)) {
            scale = payload(letter).number
            j = Int(letter.end)
        }
        guard let currency = hit(.currency, at: j) else { return nil }
        return (number.value * scale * payload(currency).number, Int(currency.end))
    }

    /// `€` or a currency code in capitals (`EUR`), which may come before the number.
    private func isCurrencySign(_ i: Int) -> Bool {
        tokens[i].kind == .symbol || scalars[Int(tokens[i].start)].properties.isUppercase
    }
}
