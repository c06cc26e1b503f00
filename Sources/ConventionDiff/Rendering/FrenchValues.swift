import ConventionModel
import Foundation

/// Values written the way a French reader expects them: `P3Y` → `3 ans`, `12500` → `12 500 €`,
/// `2025-01-01` → `1er janvier 2025`.
enum FrenchValues {
    /// `P1Y` → `1 an`, `P18M` → `18 mois`, `P15D` → `15 jours`, `P2W` → `2 semaines`; nil when
    /// not of that form.
    static func period(_ iso: String?) -> String? {
        guard let iso, iso.hasPrefix("P"), let unit = iso.last, let count = Int(iso.dropFirst().dropLast()) else { return nil }
        switch unit {
        case "Y": return count <= 1 ? "\(count) an" : "\(count) ans"
        case "M": return "\(count) mois"
        case "W": return count <= 1 ? "\(count) semaine" : "\(count) semaines"
        case "D": return count <= 1 ? "\(count) jour" : "\(count) jours"
        default: return nil
        }
    }

    /// `12` → `1 an`, `36` → `3 ans`, `18` → `18 mois`.
    static func months(_ months: Int) -> String {
        months % 12 == 0 ? period("P\(months / 12)Y")! : "\(months) mois"
    }

    /// A notice's length: `3 mois`, `15 jours ouvrés`, `sans préavis` (zero).
    static func notice(_ notice: NoticePeriod) -> String {
        if notice.days == 0 || notice.period == "P0D" { return "sans préavis" }
        let length = period(notice.period) ?? notice.days.map { "\($0) jours" } ?? notice.text
        return notice.qualifier.map { "\(length) \($0)" } ?? length
    }

    /// `12500 EUR` → `12 500 €`, `0.0059 EUR` → `0,0059 €`, `1000 FRF` → `1 000 F`; values too
    /// large for whole-number grouping are printed as they are, never trapped on.
    static func money(_ amount: Amount) -> String {
        let symbol = ["EUR": "€", "FRF": "F"][amount.currency] ?? amount.currency
        let value = amount.value
        guard value.isFinite, abs(value) < 1e15 else { return "\(value) \(symbol)" }
        let whole = Int(value.rounded(.towardZero))
        var digits = String(abs(whole))
        var grouped = ""
        while digits.count > 3 {
            grouped = " " + digits.suffix(3) + grouped
            digits = String(digits.dropLast(3))
        }
        grouped = (value < 0 ? "-" : "") + digits + grouped
        let fraction = abs(value - Double(whole))
        if fraction >= 0.00005 {
            var decimals = String(format: "%.4f", fraction).dropFirst(2)
            while decimals.count > 2, decimals.hasSuffix("0") { decimals = decimals.dropLast() }
            grouped += "," + decimals
        }
        return grouped + " " + symbol
    }

    /// `0.33` → `0,33 %`, `12` → `12 %`.
    static func percentage(_ value: Double) -> String {
        guard value.isFinite else { return "\(value) %" }
        var text = String(format: "%.4f", value)
        while text.hasSuffix("0") { text.removeLast() }
        if text.hasSuffix(".") { text.removeLast() }
        return text.replacingOccurrences(of: ".", with: ",") + " %"
    }

    private static let monthNames = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
                                      "septembre", "octobre", "novembre", "décembre"]

    /// `2025-01-01` → `1er janvier 2025`; another text is kept.
    static func date(_ iso: String) -> String {
        let parts = iso.split(separator: "-").compactMap { Int($0) }
        guard parts.count == 3, (1...12).contains(parts[1]) else { return iso }
        return "\(parts[2] == 1 ? "1er" : String(parts[2])) \(monthNames[parts[1] - 1]) \(parts[0])"
    }

    /// `1er janvier 2025`, or the event (`notification`), or the text.
    static func effective(_ effective: EffectiveDate) -> String {
        effective.date.map(date) ?? effective.event ?? effective.text
    }

    /// `tacite, par période de 1 an, dans la limite de 3 ans`.
    static func renewal(_ renewal: Renewal) -> String {
        var parts: [String] = []
        switch renewal.kind {
        case .tacit: parts.append("tacite")
        case .express: parts.append("expresse")
        case .none?: parts.append("aucune")
        case nil: parts.append("modalité non précisée")
        }
        if let period = renewal.periodMonths { parts.append("par période de \(months(period))") }
        if let max = renewal.maxMonths { parts.append("dans la limite de \(months(max))") }
        return parts.joined(separator: ", ")
    }

    /// A notice's purpose: `termination` → `résiliation`.
    static func purpose(_ raw: String) -> String {
        switch raw {
        case "termination": "résiliation"
        case "renewal": "non-reconduction"
        case "breach": "manquement"
        case "modification": "modification"
        case "other": "autre"
        default: raw
        }
    }

    /// `obligation` → `obligation`, `prohibition` → `interdiction`, `permission` → `faculté`.
    static func modality(_ raw: String) -> String {
        switch raw {
        case "prohibition": "interdiction"
        case "permission": "faculté"
        default: raw
        }
    }
}
