import Foundation

/// A day of the Gregorian calendar, without time or time zone: what a convention's dates are.
///
/// `"le 31 décembre 2027"` read as `2027-12-31` → `CalendarDate(iso: "2027-12-31")`;
/// `CalendarDate(year: 2025, month: 2, day: 29)` → nil (2025 is not a leap year);
/// `CalendarDate(year: 12025, month: 1, day: 1)` → nil (past ``years``).
public struct CalendarDate: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
    public let year: Int
    public let month: Int
    public let day: Int

    /// The years a date may have: four figures, as ISO 8601 and iCalendar write them. Calendar
    /// arithmetic that leaves them (`31 décembre 9999 + 1 jour`) gives no date rather than a
    /// wrong one.
    public static let years = 1000...9999

    /// The first and last dates: `1000-01-01` and `9999-12-31`.
    public static let first = CalendarDate(checkedYear: years.lowerBound, month: 1, day: 1)
    public static let last = CalendarDate(checkedYear: years.upperBound, month: 12, day: 31)

    /// The date, or nil when the day does not exist (`31/04`, `29/02` of a common year) or the
    /// year is not one of ``years``.
    public init?(year: Int, month: Int, day: Int) {
        guard Self.years.contains(year), (1...12).contains(month),
              day >= 1, day <= Self.daysIn(month: month, year: year) else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// `2025-03-31`, or the French `31/03/2025`; nil for anything else or a day that does not exist.
    public init?(iso text: String) {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        let iso = trimmed.split(separator: "-", omittingEmptySubsequences: false)
        let french = trimmed.split(separator: "/", omittingEmptySubsequences: false)
        let parts: [Substring]
        if iso.count == 3, iso[0].count == 4, iso[1].count == 2, iso[2].count == 2 {
            parts = iso
        } else if french.count == 3, french[2].count == 4, (1...2).contains(french[0].count), (1...2).contains(french[1].count) {
            parts = [french[2], french[1], french[0]]
        } else {
            return nil
        }
        guard parts.allSatisfy({ $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }),
              let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]) else { return nil }
        self.init(year: year, month: month, day: day)
    }

    /// Today in the machine's time zone.
    public static func today(in timeZone: TimeZone = .current) -> CalendarDate {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let parts = calendar.dateComponents([.year, .month, .day], from: Date())
        return CalendarDate(year: parts.year!, month: parts.month!, day: parts.day!)!
    }

    /// `2025-03-31`.
    public var iso: String {
        String(format: "%04d-%02d-%02d", year, month, day)
    }

    /// `20250331`, the iCalendar DATE form.
    public var basic: String {
        String(format: "%04d%02d%02d", year, month, day)
    }

    public var description: String { iso }

    public static func < (a: CalendarDate, b: CalendarDate) -> Bool {
        (a.year, a.month, a.day) < (b.year, b.month, b.day)
    }

    public static func isLeap(_ year: Int) -> Bool {
        (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
    }

    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// The last day of this date's month.
    public var endOfMonth: CalendarDate {
        CalendarDate(year: year, month: month, day: Self.daysIn(month: month, year: year))!
    }

    private init(checkedYear year: Int, month: Int, day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }

    /// Days since 1970-01-01 (negative before), for day arithmetic.
    public var dayNumber: Int {
        // Howard Hinnant's days_from_civil.
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    /// The date `dayNumber` days after 1970-01-01, or nil outside ``years``.
    public init?(dayNumber: Int) {
        guard (Self.first.dayNumber...Self.last.dayNumber).contains(dayNumber) else { return nil }
        let z = dayNumber + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let day = doy - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        year = yoe + era * 400 + (month <= 2 ? 1 : 0)
        self.month = month
        self.day = day
    }

    /// This date moved by `days` (negative goes back); day arithmetic is never ambiguous.
    /// Nil when the day reached is not within ``years``.
    public func addingDays(_ days: Int) -> CalendarDate? {
        let (target, overflow) = dayNumber.addingReportingOverflow(days)
        return overflow ? nil : CalendarDate(dayNumber: target)
    }

    /// The number of days from `self` to `other` (positive when `other` is later).
    public func days(to other: CalendarDate) -> Int {
        other.dayNumber - dayNumber
    }
}
