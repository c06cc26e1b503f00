import Checklist
import Testing

/// The key dates at the top of the checklist, on the corpus documents that have dates and
/// notices (100, 101) and end dates with a préavis (003, 004).
@Suite("Key dates")
struct KeyDateTests {
    private func dates(_ checklist: Checklist, _ kind: KeyDate.Kind) -> [String] {
        checklist.keyDates.filter { $0.kind == kind }.map { $0.date.map { $0.candidates.map(\.iso).joined(separator: "|") } ?? "?" }
    }

    @Test("101: dates in the text; a préavis of three months before each annual échéance")
    func document101() throws {
        let checklist = try CorpusGraphs.checklist(try CorpusGraphs.graph("101-"), from: "2025-01-01")
        #expect(dates(checklist, .effective) == ["2025-01-01"])
        #expect(dates(checklist, .end) == ["2027-12-31"])
        // 31 December − 3 months is the 31st of September: ambiguous, the safe day first.
        #expect(dates(checklist, .terminationNotice) == ["2025-09-30|2025-10-01", "2026-09-30|2026-10-01", "2027-09-30|2027-10-01"])
        let first = try #require(checklist.keyDates.first { $0.kind == .terminationNotice })
        #expect(first.article?.label == "Article 12 – Résiliation")
        #expect(first.source == "avec un préavis de trois mois avant l'échéance annuelle")
        #expect(first.note?.contains("au plus sûr, le 30 septembre 2025") == true)
        // From 2026 on, the 2025 deadline is gone.
        let later = try CorpusGraphs.checklist(try CorpusGraphs.graph("101-"), from: "2026-01-01")
        #expect(dates(later, .terminationNotice).count == 2)
        #expect(dates(later, .effective) == ["2025-01-01"])   // still shown, as past
        #expect(later.keyDates[0].isPast(on: later.from))
    }

    @Test("100: effective at notification — unknown without --effective, computed with it")
    func document100() throws {
        let graph = try CorpusGraphs.graph("100-")
        let unknown = try CorpusGraphs.checklist(graph, from: "2025-01-01")
        #expect(dates(unknown, .effective) == ["?"])
        #expect(unknown.keyDates[0].note?.contains("notification") == true)
        #expect(unknown.keyDates[0].note?.contains("--effective") == true)
        #expect(dates(unknown, .end) == ["?"])
        #expect(unknown.notes.contains { $0.contains("--effective") })

        let known = try CorpusGraphs.checklist(graph, from: "2025-01-01", effective: "2025-02-10")
        #expect(dates(known, .effective) == ["2025-02-10"])
        #expect(dates(known, .end) == ["2028-02-09"])                       // + 3 ans − 1 jour
        #expect(dates(known, .finalEnd) == ["2030-02-09"])                  // two tacit renewals of one year
        // Dénonciation « au moins trois mois avant son échéance », before each renewable term ends.
        #expect(dates(known, .renewalDeadline) == ["2027-11-09", "2028-11-09"])
        // « moyennant un préavis de deux mois »: before the end.
        #expect(dates(known, .terminationNotice) == ["2027-12-09"])
        #expect(known.keyDates.filter { $0.kind == .notice }.map(\.label) == ["Préavis avant une modification", "Délai après une mise en demeure"])
    }

    @Test("003: effective at signature, end 31 December 2019, a préavis of three months")
    func document003() throws {
        let checklist = try CorpusGraphs.checklist(try CorpusGraphs.graph("003-"), from: "2016-01-01")
        #expect(dates(checklist, .effective) == ["?"])
        #expect(checklist.keyDates[0].note?.contains("signature") == true)
        #expect(dates(checklist, .end) == ["2019-12-31"])
        #expect(dates(checklist, .terminationNotice) == ["2019-09-30|2019-10-01"])
        // Today, the convention is over: said once, no due date.
        let now = try CorpusGraphs.checklist(try CorpusGraphs.graph("003-"), from: "2026-01-01")
        #expect(now.notes.contains { $0.contains("a pris fin le 31 décembre 2019") })
        #expect(now.items.allSatisfy { $0.dueDates.isEmpty })
    }

    @Test("004: effective and end dates, renewal prepared three months before the expiration")
    func document004() throws {
        let checklist = try CorpusGraphs.checklist(try CorpusGraphs.graph("004-"), from: "2018-01-01")
        #expect(dates(checklist, .effective) == ["2018-01-01"])
        #expect(dates(checklist, .end) == ["2020-12-31"])
        #expect(dates(checklist, .renewalDeadline) == ["2020-09-30|2020-10-01"])
        let renewal = try #require(checklist.keyDates.first { $0.kind == .renewalDeadline })
        #expect(renewal.label == "Date limite pour engager le renouvellement")
        #expect(renewal.article?.number == "3.3")
        // The annual subsidy: one due date a year.
        let subsidy = try #require(checklist.items.first { $0.text.hasPrefix("verser à Pôle emploi une subvention") })
        #expect(subsidy.dueDates.map(\.date.earliest.iso) == ["2018-12-31", "2019-12-31", "2020-12-31"])
    }

    @Test("a renewal deadline « au plus tard un mois avant la date anniversaire »")
    func anniversary() throws {
        let graph = CorpusGraphs.graph(text: CorpusGraphs.example)
        let checklist = try CorpusGraphs.checklist(graph, from: "2025-01-01", effective: "2025-03-10")
        #expect(dates(checklist, .end) == ["2027-03-09"])
        // Two yearly renewals up to four years: renewed on 10 March 2027 and 10 March 2028.
        #expect(dates(checklist, .renewalDeadline) == ["2027-02-10", "2028-02-10"])
        #expect(dates(checklist, .finalEnd) == ["2029-03-09"])
        #expect(dates(checklist, .terminationNotice) == ["2026-12-09"])
    }

    @Test("--effective replaces a date the text gives, and says so")
    func effectiveOverride() throws {
        let checklist = try CorpusGraphs.checklist(try CorpusGraphs.graph("101-"), from: "2025-01-01", effective: "2025-02-01")
        #expect(dates(checklist, .effective) == ["2025-02-01"])
        #expect(checklist.keyDates[0].note?.contains("le texte indique le 1er janvier 2025") == true)
        #expect(dates(checklist, .end) == ["2027-12-31"])    // the end the text states stays
    }
}
