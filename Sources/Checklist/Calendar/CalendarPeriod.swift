/// A delay in the calendar unit the text wrote it in: months stay months, never 30 days.
///
/// `"un préavis de trois mois"` (`P3M`) → `CalendarPeriod(months: 3)`;
/// `"dans les 48 heures"` (`PT48H`) → `CalendarPeriod(days: 2)`; `P1Y6M` → `years: 1, months: 6`.
public struct CalendarPeriod: Sendable, Hashable, CustomStringConvertible {
    public var years: Int
    public var months: Int
    public var days: Int

    public init(years: Int = 0, months: Int = 0, days: Int = 0) {
        self.years = years
        self.months = months
        self.days = days
    }

    /// The longest period read or added, in years, in each of its parts: longer than the
    /// calendar (``CalendarDate/years``), short enough that no arithmetic on it overflows.
    public static let longestYears = 10_000

    /// Whether no part is longer than ``longestYears``, either way.
    public var isBounded: Bool {
        let most = Self.longestYears
        return (-most...most).contains(years) && (-12 * most...12 * most).contains(months)
            && (-366 * most...366 * most).contains(days)
    }

    /// Reads an ISO 8601 duration (`P3M`, `P1Y`, `P15D`, `P2W`, `PT48H`, `P1Y6M`); nil for
    /// anything else, for hours that do not make whole days (`PT36H`), and for a period
    /// longer than ``longestYears`` (`P99999999999Y`).
    public init?(iso text: String) {
        var rest = Substring(text.uppercased())
        guard rest.first == "P", rest.count > 1 else { return nil }
        rest = rest.dropFirst()
        var years = 0, months = 0, days = 0, hours = 0
        var inTime = false
        var number = ""
        var sawUnit = false
        for c in rest {
            if c == "T" {
                guard !inTime, number.isEmpty else { return nil }
                inTime = true
                continue
            }
            if c.isASCII, c.isNumber {
                number.append(c)
                continue
            }
            // Each part at most ten thousand years long: the sums below cannot overflow.
            guard let value = Int(number), value <= 366 * 24 * Self.longestYears else { return nil }
            number = ""
            sawUnit = true
            switch (c, inTime) {
            case ("Y", false): years += value
            case ("M", false): months += value
            case ("W", false): days += 7 * value
            case ("D", false): days += value
            case ("H", true): hours += value
            default: return nil
            }
        }
        guard number.isEmpty, sawUnit, hours % 24 == 0 else { return nil }
        self.init(years: years, months: months, days: days + hours / 24)
        guard isBounded else { return nil }
    }

    /// Total months of the calendar part (`P1Y6M` → 18).
    public var totalMonths: Int { years * 12 + months }

    public var isZero: Bool { years == 0 && months == 0 && days == 0 }

    /// `P3M`.
    public var iso: String {
        if isZero { return "P0D" }
        var text = "P"
        if years != 0 { text += "\(years)Y" }
        if months != 0 { text += "\(months)M" }
        if days != 0 { text += "\(days)D" }
        return text
    }

    /// In French: `3 mois`, `1 an`, `2 ans et 6 mois`, `15 jours`.
    public var french: String {
        var parts: [String] = []
        if years != 0 { parts.append("\(years) an\(years > 1 ? "s" : "")") }
        if months != 0 { parts.append("\(months) mois") }
        if days != 0 { parts.append("\(days) jour\(days > 1 ? "s" : "")") }
        if parts.isEmpty { return "0 jour" }
        return parts.count == 1 ? parts[0] : parts.dropLast().joined(separator: ", ") + " et " + parts.last!
    }

    public var description: String { iso }
}
