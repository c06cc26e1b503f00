import Checklist
import ConventionModel
import Testing

/// France's public holidays and the counts of days a text may ask for (jours ouvrés,
/// ouvrables, délai franc), checked against calendars worked out by hand in the comments.
@Suite("Public holidays and day counts")
struct HolidayTests {
    private func day(_ iso: String) -> CalendarDate { CalendarDate(iso: iso)! }

    private func moved(_ iso: String, _ days: Int, _ count: DayCount, forward: Bool = true,
                       region: PublicHolidays.Region = .metropolitan) -> String? {
        day(iso).moved(by: CalendarPeriod(days: days), counting: count, holidays: PublicHolidays(region: region), forward: forward)?
            .candidates.map(\.iso).joined(separator: "|")
    }

    @Test("Easter and the holidays it sets: lundi de Pâques, Ascension (+39), lundi de Pentecôte (+50)")
    func easter() {
        // Known Easter Sundays, including the earliest (22 March) and latest (25 April) possible.
        let known = [2008: "2008-03-23", 2024: "2024-03-31", 2025: "2025-04-20", 2026: "2026-04-05", 2027: "2027-03-28",
                     2038: "2038-04-25", 2285: "2285-03-22"]
        for (year, date) in known {
            #expect(PublicHolidays.easter(year)?.iso == date, "\(year)")
        }
        let holidays = PublicHolidays()
        // 2025: Easter 20 April → Monday 21 April; 20 April + 39 days = 29 May (Thursday);
        // + 50 days = 9 June (Monday).
        #expect(holidays.name(of: day("2025-04-21")) == "lundi de Pâques")
        #expect(holidays.name(of: day("2025-05-29")) == "Ascension")
        #expect(holidays.name(of: day("2025-06-09")) == "lundi de Pentecôte")
        #expect(holidays.holidays(in: 2025).map(\.date.iso) == [
            "2025-01-01", "2025-04-21", "2025-05-01", "2025-05-08", "2025-05-29", "2025-06-09",
            "2025-07-14", "2025-08-15", "2025-11-01", "2025-11-11", "2025-12-25",
        ])
        // 2008: Ascension fell on 1 May — one day, not two.
        #expect(holidays.holidays(in: 2008).count == 10)
        // Vendredi saint and 26 décembre only in Alsace-Moselle.
        #expect(!holidays.contains(day("2025-04-18")) && !holidays.contains(day("2025-12-26")))
        let local = PublicHolidays(region: .alsaceMoselle)
        #expect(local.name(of: day("2025-04-18")) == "Vendredi saint")
        #expect(local.name(of: day("2025-12-26")) == "Saint-Étienne")
        #expect(local.holidays(in: 2025).count == 13)
        #expect(day("2025-01-01").weekday == 3 && day("2025-01-01").weekdayName == "mercredi")
        #expect(day("2025-04-20").weekdayName == "dimanche")
    }

    @Test("jours ouvrés and ouvrables across Easter 2025 and 1 May")
    func acrossEaster() {
        // From Thursday 17 April 2025, ten jours ouvrés (Monday to Friday, holidays out):
        // Fri 18 (1); Sat 19, Sun 20 out; Mon 21 lundi de Pâques out; Tue 22 (2), Wed 23 (3),
        // Thu 24 (4), Fri 25 (5), Mon 28 (6), Tue 29 (7), Wed 30 (8); Thu 1 May out; Fri 2 (9),
        // Mon 5 May (10).
        #expect(moved("2025-04-17", 10, .worked) == "2025-05-05")
        // In Alsace-Moselle Friday 18 is Vendredi saint: Tue 22 (1) … Fri 2 May (8), Mon 5 (9), Tue 6 (10).
        #expect(moved("2025-04-17", 10, .worked, region: .alsaceMoselle) == "2025-05-06")
        // Ten jours ouvrables (Monday to Saturday): Fri 18 (1), Sat 19 (2); Sun 20, Mon 21 out;
        // Tue 22 (3) … Sat 26 (7), Mon 28 (8), Tue 29 (9), Wed 30 (10).
        #expect(moved("2025-04-17", 10, .workable) == "2025-04-30")
        // The day counted from is never counted: Friday 18 + 1 jour ouvré → Tuesday 22.
        #expect(moved("2025-04-18", 1, .worked) == "2025-04-22")
    }

    @Test("Ascension and lundi de Pentecôte 2025 are skipped")
    func ascensionAndPentecost() {
        // From Wednesday 28 May: Thu 29 Ascension out; Fri 30 (1), Mon 2 June (2), Tue 3 (3), Wed 4 (4), Thu 5 (5).
        #expect(moved("2025-05-28", 5, .worked) == "2025-06-05")
        // From Thursday 5 June: Fri 6 (1); Mon 9 lundi de Pentecôte out; Tue 10 (2), Wed 11 (3).
        #expect(moved("2025-06-05", 3, .worked) == "2025-06-11")
    }

    @Test("counting back over Christmas, with and without 26 décembre")
    func backwards() {
        // Five jours ouvrés before Wednesday 31 December 2025: Tue 30 (1), Mon 29 (2); Sun 28,
        // Sat 27 out; Fri 26 (3); Thu 25 Noël out; Wed 24 (4), Tue 23 (5).
        #expect(moved("2025-12-31", 5, .worked, forward: false) == "2025-12-23")
        // Alsace-Moselle: Fri 26 out too → Wed 24 (3), Tue 23 (4), Mon 22 (5).
        #expect(moved("2025-12-31", 5, .worked, forward: false, region: .alsaceMoselle) == "2025-12-22")
    }

    @Test("délai franc: neither the first nor the last day counts")
    func clearDays() {
        // Eight clear days from 1 March: the 1st is not counted, days 2…9 are the eight days,
        // the 9th (the last) is not counted either: the act may still be done on the 10th.
        #expect(moved("2025-03-01", 8, .clear) == "2025-03-10")
        // Fifteen clear days before a meeting on 20 June: 5…19 June are the fifteen days, so
        // the convocation leaves on 4 June at the latest.
        #expect(moved("2025-06-20", 15, .clear, forward: false) == "2025-06-04")
        // A calendar delay for comparison: 1 March + 8 days = 9 March.
        #expect(moved("2025-03-01", 8, .calendar) == "2025-03-09")
    }

    @Test("a count past the calendar gives no date, and stays fast")
    func huge() {
        #expect(moved("9999-12-20", 30, .worked) == nil)
        #expect(moved("2025-01-01", 5_000_000, .workable) == nil)
    }

    @Test("the model's qualifier, or the words of an older graph's text, name the count")
    func qualifiers() {
        #expect(DayCount(qualifier: "ouvrés") == .worked)
        #expect(DayCount(qualifier: "ouvrables") == .workable)
        #expect(DayCount(qualifier: "francs") == .clear)
        #expect(DayCount(qualifier: "calendaires") == .calendar)
        #expect(DayCount(qualifier: nil, text: "dans un délai de dix jours ouvrés") == .worked)
        #expect(DayCount(qualifier: nil, text: "dans un délai franc de huit jours") == .clear)
        #expect(DayCount(qualifier: nil, text: "dans un délai de deux mois") == .calendar)
        #expect(DayCount.worked.describe(CalendarPeriod(days: 10)) == "10 jours ouvrés")
        #expect(DayCount.clear.describe(CalendarPeriod(days: 8)) == "8 jours francs")
    }

    /// A one-year convention (2025) whose obligations count jours ouvrés, ouvrables and francs.
    static let workingDaysConvention = """
    CONVENTION DE PARTENARIAT
    Entre :
    La Commune de Val-Fleuri, représentée par son Maire, Monsieur Louis BERNARD,
    ci-après dénommée « la Commune »,
    d'une part,
    Et :
    L'association Lire Ensemble, représentée par sa Présidente, Madame Jeanne ROUX,
    ci-après dénommée « l'Association »,
    d'autre part,

    Article 1 – Engagements
    L'Association s'engage à remettre son bilan final au plus tard cinq jours ouvrés avant l'échéance de la convention.
    La Commune s'engage à verser une avance dans un délai franc de huit jours à compter de la prise d'effet de la convention.
    L'Association s'engage à répondre aux courriers de la Commune dans un délai de dix jours ouvrables.

    Article 2 – Durée
    La présente convention est conclue du 1er janvier 2025 au 31 décembre 2025.
    """

    @Test("due dates computed in jours ouvrés and francs, the qualifier kept and said")
    func dueDates() throws {
        let graph = CorpusGraphs.graph(text: Self.workingDaysConvention)
        let deadlines = graph.obligations.compactMap(\.deadline)
        #expect(deadlines.map(\.qualifier) == ["ouvrés", "francs", "ouvrables"])
        let checklist = try CorpusGraphs.checklist(graph, from: "2025-01-01")
        let report = try #require(checklist.items.first { $0.text.hasPrefix("remettre son bilan final") })
        // 31 December 2025 − 5 jours ouvrés = 23 December (see `backwards`).
        #expect(report.dueDates.map(\.date.earliest.iso) == ["2025-12-23"])
        #expect(report.notes.contains { $0.contains("5 jours ouvrés") })
        #expect(report.notes.contains { $0.contains("du lundi au vendredi, hors jours fériés") })
        // 1 January 2025 + 8 jours francs: 2…9 January are the eight days, the 10th is the last day.
        let advance = try #require(checklist.items.first { $0.text.hasPrefix("verser une avance") })
        #expect(advance.dueDates.map(\.date.earliest.iso) == ["2025-01-10"])
        // A delay from an event: no date, but the count is said.
        let answer = try #require(checklist.items.first { $0.text.hasPrefix("répondre aux courriers") })
        #expect(answer.dueDates.isEmpty)
        #expect(answer.notes.contains { $0.contains("jours ouvrables (du lundi au samedi, hors jours fériés)") })

        let local = try Checklist(graph: graph, options: ChecklistOptions(from: CalendarDate(iso: "2025-01-01")!,
                                                                          holidays: PublicHolidays(region: .alsaceMoselle)))
        #expect(local.items.first { $0.text.hasPrefix("remettre son bilan final") }?.dueDates.map(\.date.earliest.iso) == ["2025-12-22"])
    }
}
