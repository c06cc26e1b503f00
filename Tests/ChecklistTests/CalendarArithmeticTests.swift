import Checklist
import Testing

/// Calendar arithmetic in the unit written: months stay months, a day that does not exist is
/// reported as ambiguous with its candidates, never clamped.
@Suite("Calendar arithmetic")
struct CalendarArithmeticTests {
    private func day(_ iso: String) -> CalendarDate { CalendarDate(iso: iso)! }
    private func period(_ iso: String) -> CalendarPeriod { CalendarPeriod(iso: iso)! }

    @Test("months are calendar months, not 30 days", arguments: [
        ("2025-01-15", "P1M", "2025-02-15"),
        ("2025-01-15", "P3M", "2025-04-15"),
        ("2025-10-31", "P2M", "2025-12-31"),
        ("2025-03-01", "P1Y", "2026-03-01"),
        ("2025-12-15", "P1Y6M", "2027-06-15"),
        ("2025-01-01", "P15D", "2025-01-16"),
        ("2025-12-20", "P15D", "2026-01-04"),
        ("2024-02-20", "P10D", "2024-03-01"),
        ("2025-02-20", "P10D", "2025-03-02"),
        ("2025-01-01", "PT48H", "2025-01-03"),
        ("2025-01-01", "P2W", "2025-01-15"),
    ])
    func adding(_ start: String, _ delay: String, _ expected: String) {
        let result = day(start).adding(period(delay))
        #expect(result == .exact(day(expected)), "\(start) + \(delay)")
    }

    @Test("31 January + 1 month is ambiguous, with both candidates and the reason")
    func januaryPlusOneMonth() throws {
        let result = try #require(day("2025-01-31").adding(period("P1M")))
        #expect(result.date == nil)
        #expect(result.candidates.map(\.iso) == ["2025-02-28", "2025-03-01"])
        #expect(result.reason == "31 janvier 2025 + 1 mois : le 31 février 2025 n'existe pas")
        #expect(result.earliest.iso == "2025-02-28")
        // 30 November + 3 months reaches 30 February: ambiguous too, not 28 February.
        #expect(day("2025-11-30").adding(period("P3M"))?.candidates.map(\.iso) == ["2026-02-28", "2026-03-01"])
    }

    @Test("leap years: 29 February exists in 2024, not in 2025 or 2100, and does in 2000")
    func leapYears() {
        #expect(day("2024-01-29").adding(period("P1M")) == .exact(day("2024-02-29")))
        #expect(day("2025-01-29").adding(period("P1M"))?.candidates.map(\.iso) == ["2025-02-28", "2025-03-01"])
        #expect(day("2024-02-29").adding(period("P1Y"))?.isAmbiguous == true)
        #expect(day("2024-02-29").adding(period("P4Y")) == .exact(day("2028-02-29")))
        #expect(CalendarDate(iso: "2100-02-29") == nil)
        #expect(CalendarDate(iso: "2000-02-29") != nil)
        #expect(day("2000-01-31").adding(period("P1M"))?.candidates.map(\.iso) == ["2000-02-29", "2000-03-01"])
    }

    @Test("month ends going back: 31 December − 3 months reaches 31 September")
    func subtracting() throws {
        let result = try #require(day("2027-12-31").subtracting(period("P3M")))
        #expect(result.candidates.map(\.iso) == ["2027-09-30", "2027-10-01"])
        #expect(result.reason == "31 décembre 2027 − 3 mois : le 31 septembre 2027 n'existe pas")
        #expect(day("2027-12-31").subtracting(period("P2M")) == .exact(day("2027-10-31")))
        #expect(day("2027-12-31").subtracting(period("P1Y")) == .exact(day("2026-12-31")))
        #expect(day("2025-03-31").subtracting(period("P1M"))?.candidates.map(\.iso) == ["2025-02-28", "2025-03-01"])
        #expect(day("2026-01-15").subtracting(period("P2M")) == .exact(day("2025-11-15")))
        #expect(day("2026-01-10").subtracting(period("P15D")) == .exact(day("2025-12-26")))
    }

    @Test("an ambiguity carries through later steps")
    func propagation() throws {
        // Effective 31 January 2024 + 1 month − 1 day: the end of the first monthly period.
        let end = try #require(day("2024-01-31").adding(period("P1M"))?.addingDays(-1))
        #expect(end.candidates.map(\.iso) == ["2024-02-28", "2024-02-29"])
        #expect(end.reason?.contains("31 février 2024") == true)
        let chained = end.flatMap { $0.subtracting(CalendarPeriod(months: 1)) }
        #expect(chained?.candidates.map(\.iso) == ["2024-01-28", "2024-01-29"])
    }

    @Test("day numbers round-trip and cross years, centuries and leap days")
    func dayNumbers() {
        for iso in ["1970-01-01", "1999-12-31", "2000-02-29", "2024-02-29", "2100-03-01", "1900-02-28"] {
            let date = day(iso)
            #expect(CalendarDate(dayNumber: date.dayNumber) == date)
        }
        #expect(day("1970-01-01").dayNumber == 0)
        #expect(day("2024-02-28").days(to: day("2024-03-01")) == 2)
        #expect(day("2025-02-28").days(to: day("2025-03-01")) == 1)
        #expect(day("2024-12-31").addingDays(1) == day("2025-01-01"))
    }

    @Test("dates and periods as the CLI reads them", arguments: [
        ("2025-03-31", "2025-03-31"), ("31/03/2025", "2025-03-31"), ("1/3/2025", "2025-03-01"),
    ])
    func parsing(_ text: String, _ iso: String) {
        #expect(CalendarDate(iso: text)?.iso == iso)
    }

    @Test("what is not a date or a period is refused")
    func refused() {
        for text in ["2025-13-01", "2025-02-29", "31/04/2025", "2025/03/31", "demain", "", "2025-3-1"] {
            #expect(CalendarDate(iso: text) == nil, "\(text)")
        }
        for text in ["3M", "P", "PT36H", "P3X", "P1.5M"] {
            #expect(CalendarPeriod(iso: text) == nil, "\(text)")
        }
        #expect(CalendarPeriod(iso: "P1Y6M")?.totalMonths == 18)
        #expect(CalendarPeriod(iso: "P0D")?.isZero == true)
    }

    @Test("regular series become RRULEs; uneven ones do not")
    func recurrence() {
        let yearly = ["2025-03-31", "2026-03-31", "2027-03-31"].map(day)
        #expect(Recurrence.detect(yearly)?.rrule == "FREQ=YEARLY;COUNT=3")
        let halfYears = ["2025-06-30", "2025-12-31", "2026-06-30", "2026-12-31"].map(day)
        #expect(Recurrence.detect(halfYears)?.rrule == "FREQ=MONTHLY;INTERVAL=6;BYMONTHDAY=-1;COUNT=4")
        let februaryEnds = ["2027-02-28", "2028-02-29", "2029-02-28"].map(day)
        #expect(Recurrence.detect(februaryEnds)?.rrule == "FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=-1;COUNT=3")
        let monthly = ["2025-01-15", "2025-02-15", "2025-03-15"].map(day)
        #expect(Recurrence.detect(monthly)?.rrule == "FREQ=MONTHLY;COUNT=3")
        let weekly = ["2025-01-06", "2025-01-13", "2025-01-20"].map(day)
        #expect(Recurrence.detect(weekly)?.rrule == "FREQ=WEEKLY;COUNT=3")
        #expect(Recurrence.detect(["2025-07-30", "2026-01-31", "2026-07-30"].map(day)) == nil)
        #expect(Recurrence.detect([day("2025-01-01")]) == nil)
    }
}
