extension Scan {
    /// Sums of money: a number and a currency (`2 046 069 €`, `douze mille cinq cents euros`,
    /// `0,59 centimes`, `1,5 M€`, `2,5 millions d'euros`), a currency and a number (`EUR 10 000`,
    /// `€ 2 500`), with cents added (`… euros et cinquante centimes`) and the same amount in
    /// figures in parentheses taken as one (`douze mille cinq cents euros (12 500 €)`).
    func readAmounts() -> [Found<Money>] {
        var found: [Found<Money>] = []
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

    private func amount(at i: Int) -> Found<Money>? {
        var value: Double
        var currency: String
        var end: Int
        if let number = numberStarting(at: i), let money = money(after: number) {
            (value, currency, end) = money
        } else if let sign = hit(.currency, at: i), payload(sign).number == 1, isCurrencySign(i),
                  let number = numberStarting(at: Int(sign.end)), !number.isOrdinal, money(after: number) == nil {
            (value, currency, end) = (number.value, code(sign), number.end)
        } else {
            return nil
        }
        if let and = hit(.and, at: end), let cents = numberStarting(at: Int(and.end)), let more = money(after: cents),
           more.value < 1, more.currency == currency {
            value += more.value
            end = more.end
        }
        if isSymbol(end, "("), let inner = numberStarting(at: end + 1), let same = money(after: inner),
           abs(same.value - value) < 0.005, same.currency == currency, isSymbol(same.end, ")") {
            end = same.end + 1
        }
        return Found(start: i, end: end, value: Money(value: value, currency: currency))
    }

    /// The value of `number` followed by a currency word, with a scale letter between (`M€`, `k€`).
    private func money(after number: NumberSpan) -> (value: Double, currency: String, end: Int)? {
        guard !number.isOrdinal, !number.isLast, number.end < count, tokens[number.end].gap != .line else { return nil }
        var j = number.end
        var scale = 1.0
        if let letter = hit(.scale, at: j), has(.currency, at: Int(letter.end)) {
            scale = payload(letter).number
            j = Int(letter.end)
        }
        guard let currency = hit(.currency, at: j) else { return nil }
        return (number.value * scale * payload(currency).number, code(currency), Int(currency.end))
    }

    /// The ISO code a currency word stands for (`francs` → `FRF`), the euro by default.
    private func code(_ currency: Hit) -> String {
        payload(currency).label >= 0 ? label(currency) : "EUR"
    }

    /// `€` or a currency code in capitals (`EUR`), which may come before the number.
    private func isCurrencySign(_ i: Int) -> Bool {
        tokens[i].kind == .symbol || scalars[Int(tokens[i].start)].properties.isUppercase
    }
}
