/// A calendar unit as written, with its ISO 8601 letter and its approximate length in days
/// (a month counts 30 days, a year 365).
///
/// `time-units.txt: "trimestre = 3 M"` → `(count: 3, unit: .month)`.
enum TimeUnit: UInt8, Sendable {
    case hour, day, week, month, year

    init?(letter: String) {
        switch letter.uppercased() {
        case "H": self = .hour
        case "D": self = .day
        case "W": self = .week
        case "M": self = .month
        case "Y": self = .year
        default: return nil
        }
    }

    var letter: String {
        switch self {
        case .hour: return "H"
        case .day: return "D"
        case .week: return "W"
        case .month: return "M"
        case .year: return "Y"
        }
    }

    var days: Double {
        switch self {
        case .hour: return 1.0 / 24
        case .day: return 1
        case .week: return 7
        case .month: return 30
        case .year: return 365
        }
    }

    /// How many of this unit a year holds, for frequencies (`par mois` → 12).
    var perYear: Double {
        switch self {
        case .hour: return 8760
        case .day: return 365
        case .week: return 52
        case .month: return 12
        case .year: return 1
        }
    }

    /// The next smaller unit and how many of it this one holds, to write a fraction
    /// (`un an et demi` → 1 Y 6 M).
    var smaller: (unit: TimeUnit, factor: Double)? {
        switch self {
        case .year: return (.month, 12)
        case .month: return (.day, 30)
        case .week: return (.day, 7)
        case .day: return (.hour, 24)
        case .hour: return nil
        }
    }
}
