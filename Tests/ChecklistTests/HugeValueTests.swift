import Checklist
import ConventionModel
import Foundation
import Testing

/// Lengths of time far past the calendar — from a text, or from a graph written by hand —
/// never trap the checklist: a date beyond the years 1000–9999 is no date, and says so.
@Suite("Huge values")
struct HugeValueTests {
    private func isoDates(_ checklist: Checklist) -> [String] {
        checklist.keyDates.compactMap(\.date).flatMap(\.candidates).map(\.iso)
            + checklist.items.flatMap(\.dueDates).flatMap(\.date.candidates).map(\.iso)
    }

    /// Every rendering, and every date a four-figure year.
    private func expectRenderable(_ checklist: Checklist) {
        _ = checklist.markdown()
        _ = checklist.csv()
        _ = checklist.html()
        _ = checklist.ics()
        #expect(isoDates(checklist).allSatisfy { $0.count == 10 }, "\(isoDates(checklist))")
    }

    @Test("a term of 9,000 years from a text: no end date, a note; a préavis of 10,000 years before it")
    func longTermFromText() throws {
        let graph = CorpusGraphs.graph(text: """
        CONVENTION DE PARTENARIAT
        Article 1 – Durée
        La présente convention est conclue pour une durée de 9000 ans à compter du 1er janvier 2025.
        Elle peut être résiliée moyennant un préavis de 10000 ans.
        """)
        #expect(graph.term.duration?.period == "P9000Y")
        let checklist = try CorpusGraphs.checklist(graph, from: "2025-01-01")
        let end = try #require(checklist.keyDates.first { $0.kind == .end })
        #expect(end.date == nil)
        #expect(end.note == "prise d'effet + 9000 ans − 1 jour : au-delà du 31 décembre 9999")
        expectRenderable(checklist)
    }

    @Test("periods and counts near Int.max in a graph written by hand")
    func extremeGraph() throws {
        var graph = CorpusGraphs.graph(text: CorpusGraphs.example)
        let most = Int.max
        graph.term = Term(duration: StatedDuration(text: "pour une durée infinie", months: most, period: "P\(most)Y"),
                          effective: EffectiveDate(text: "à compter du 1er janvier 2025", date: "2025-01-01"),
                          renewal: Renewal(text: "reconduite tacitement", kind: .tacit, periodMonths: most, maxMonths: most))
        graph.notices = [
            NoticePeriod(id: "N1", text: "un préavis sans fin", days: most, period: "P\(most)M", purpose: .termination),
            NoticePeriod(id: "N2", text: "un préavis sans fin", days: most, period: "P\(most)W\(most)D", purpose: .renewal),
        ]
        let deadlines = [
            Deadline(text: "dans un délai sans fin à compter de la prise d'effet", days: most, period: "P\(most)D", anchor: "prise d'effet"),
            Deadline(text: "au premier trimestre", quarter: 1, yearOffset: most),
            Deadline(text: "le 31 mars", dayOfYear: "03-31", yearOffset: most),
            Deadline(text: "au premier trimestre, il y a longtemps", quarter: 1, yearOffset: Int.min),
        ]
        let frequencies = [Frequency(text: "presque jamais", perYear: 1e-300), Frequency(text: "sans cesse", perYear: 1e300),
                           Frequency(text: "tous les 10000 ans", perYear: 1e-4)]
        let template = graph.obligations[0]
        graph.obligations = deadlines.map { deadline in
            var obligation = template
            obligation.deadline = deadline
            obligation.frequency = nil
            return obligation
        } + frequencies.map { frequency in
            var obligation = template
            obligation.deadline = nil
            obligation.frequency = frequency
            return obligation
        }
        for from in ["2025-01-01", "9999-12-31", "1000-01-01"] {
            for effective in [nil, "9999-12-31", "1000-01-01"] {
                let checklist = try CorpusGraphs.checklist(graph, from: from, effective: effective)
                expectRenderable(checklist)
            }
        }
    }

    @Test("dates beyond the years 1000–9999 are not dates; arithmetic that leaves them gives none")
    func calendarBounds() throws {
        #expect(CalendarDate(iso: "0999-12-31") == nil)
        #expect(CalendarDate(year: 10_000, month: 1, day: 1) == nil)
        let last = try #require(CalendarDate(iso: "9999-12-31"))
        #expect(last.addingDays(1) == nil)
        #expect(last.adding(CalendarPeriod(months: 1)) == nil)
        #expect(last.adding(CalendarPeriod(days: .max)) == nil)
        #expect(last.subtracting(CalendarPeriod(years: .max, months: .max, days: .max)) == nil)
        #expect(last.subtracting(CalendarPeriod(years: 8999, months: 11, days: 30)) == .exact(CalendarDate(iso: "1000-01-01")!))
        #expect(CalendarDate(iso: "1000-01-01")!.addingDays(-1) == nil)
        #expect(CalendarDate(dayNumber: .max) == nil && CalendarDate(dayNumber: .min) == nil)
        for text in ["P\(Int.max)Y", "P\(Int.max)M", "P\(Int.max)W", "P\(Int.max)D", "PT\(Int.max)H", "P99999999999999999999Y",
                     "P1Y\(Int.max)M", "P10001Y"] {
            #expect(CalendarPeriod(iso: text) == nil, "\(text)")
        }
        #expect(CalendarPeriod(iso: "P10000Y")?.totalMonths == 120_000)
    }
}
