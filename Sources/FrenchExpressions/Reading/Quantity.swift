/// A length of time as written: a count and a unit (`trois (3) ans`, `48 heures`,
/// `un an et demi`, `huitaine`), with the qualifier of a count of days when one follows
/// (`quinze jours ouvrés`).
///
/// `dix-huit mois` → `amount: 18, unit: .month` → `period: "P18M"`, `months: 18`, `days: 540`;
/// `99999999999999999999 jours` → no period, months or days (see ``isCountable``).
struct Quantity: Sendable {
    var start: Int
    /// After the unit (and `et demi`), before the qualifier.
    var end: Int
    /// Count × length of the unit word (`deux trimestres` → 6, `.month`).
    var amount: Double
    var unit: TimeUnit
    var qualifier: String?
    /// After the qualifier when there is one.
    var qualifiedEnd: Int

    /// The longest length of time read, in years: a convention's dates fall in the years
    /// 1000–9999, so that no longer length separates two of them.
    static let longestYears = 10_000

    /// Whether the length is at most ``longestYears``; a longer one is unknown, not guessed:
    /// its days, months and period are nil.
    var isCountable: Bool { amount * unit.days <= Double(Self.longestYears) * TimeUnit.year.days }

    /// Approximate length in days: a month is 30 days, a year 365.
    var days: Int? { isCountable ? Int((amount * unit.days).rounded()) : nil }

    /// Whole months, for years and months only.
    var months: Int? {
        guard isCountable else { return nil }
        let months: Double
        switch unit {
        case .year: months = amount * 12
        case .month: months = amount
        default: return nil
        }
        return Int(exactly: months)
    }

    /// ISO 8601 in the unit written: `P3M`, `P15D`, `P2W`, `PT48H`, `P1Y6M`.
    var period: String? { isCountable ? Self.period(amount, unit) : nil }

    static func period(_ amount: Double, _ unit: TimeUnit) -> String? {
        var parts: [(Int, TimeUnit)] = []
        var (rest, current) = (amount, unit)
        while true {
            let whole = rest.rounded(.down)
            if whole > 0 { parts.append((Int(whole), current)) }
            let fraction = rest - whole
            if fraction < 1e-9 { break }
            guard let smaller = current.smaller else { return nil }
            if current == .week, !parts.isEmpty {
                // ISO writes weeks alone: turn 1 W 3.5 D into 10.5 D.
                rest = amount * 7
                current = .day
                parts = []
                continue
            }
            rest = fraction * smaller.factor
            current = smaller.unit
        }
        guard !parts.isEmpty else { return "P0D" }
        var date = "P"
        var time = ""
        for (value, unit) in parts {
            if unit == .hour { time += "\(value)H" } else { date += "\(value)\(unit.letter)" }
        }
        return time.isEmpty ? date : date + "T" + time
    }

    /// How many times a year something recurs when it recurs every `amount` `unit`s.
    var perYear: Double { unit.perYear / amount }
}
