extension Scan {
    /// Every number followed by a time unit: `trois (3) ans`, `48 heures`, `un an et demi`.
    mutating func findQuantities() {
        quantityAt = [Int32](repeating: -1, count: count + 1)
        for number in numbers where !number.isOrdinal && number.value > 0 {
            guard number.end < count, tokens[number.end].gap != .line, let unit = hit(.timeUnit, at: number.end) else { continue }
            var quantity = Quantity(start: number.start, end: Int(unit.end), amount: number.value * payload(unit).number,
                                    unit: payload(unit).unit, qualifier: nil, qualifiedEnd: Int(unit.end))
            if let and = hit(.and, at: quantity.end), let half = hit(.half, at: Int(and.end)) {
                quantity.amount += 0.5 * payload(unit).number
                quantity.end = Int(half.end)
            }
            qualify(&quantity)
            quantityAt[number.start] = Int32(quantities.count)
            quantities.append(quantity)
        }
    }

    /// The quantity starting at token `i`.
    func quantity(at i: Int) -> Quantity? {
        guard i >= 0, i < count, quantityAt[i] >= 0 else { return nil }
        return quantities[Int(quantityAt[i])]
    }

    /// A unit word alone, counted once: `le mois` (qui suit), `sous huitaine`, `chaque trimestre`.
    func unitAlone(at i: Int) -> Quantity? {
        guard i < count, let unit = hit(.timeUnit, at: i) else { return nil }
        var quantity = Quantity(start: i, end: Int(unit.end), amount: payload(unit).number, unit: payload(unit).unit,
                                qualifier: nil, qualifiedEnd: Int(unit.end))
        qualify(&quantity)
        return quantity
    }

    /// A quantity at `i`, or a unit alone when `alone` allows it.
    func quantity(at i: Int, orUnitAlone alone: Bool) -> Quantity? {
        quantity(at: i) ?? (alone ? unitAlone(at: i) : nil)
    }

    private func qualify(_ quantity: inout Quantity) {
        if let qualifier = hit(.qualifier, at: quantity.end) {
            quantity.qualifier = label(qualifier)
            quantity.qualifiedEnd = Int(qualifier.end)
        }
    }
}
