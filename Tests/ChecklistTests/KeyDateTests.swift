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
        // « résilier … à l'expiration de chaque année d'exécution, … moyennant un préavis de deux
        // mois »: the years of execution end on 9 February 2026, 2027, 2028 (the initial three
        // years), then 2029 and 2030 (two tacit renewals of a year); two months before each,
        // 9 December of the year before.
        #expect(dates(known, .terminationNotice) == ["2025-12-09", "2026-12-09", "2027-12-09", "2028-12-09", "2029-12-09"])
        #expect(known.keyDates.filter { $0.kind == .notice }.map(\.label) == ["Préavis avant une modification", "Délai après une mise en demeure"])
    }

    @Test("003: effective at signature, end 31 December 2019, a préavis of three months")
    func document003() throws {
        let checklist = try CorpusGraphs.checklist(try CorpusGraphs.graph("003-"), from: "2016-01-01")
        #expect(dates(checklist, .effective) == ["?"])
        #expect(checklist.keyDates.first { $0.kind == .effective }?.note?.contains("signature") == true)
        #expect(dates(checklist, .end) == ["2019-12-31"])
        // « à l'issue d'un préavis de trois mois après envoi d'un courrier »: the text lets a
        // party end it at any time, so the notice is a delay after the sending, not a date.
        #expect(dates(checklist, .terminationNotice) == [])
        let notice = try #require(checklist.keyDates.first { $0.key == "termination-N1" })
        #expect(notice.kind == .notice && notice.label == "Préavis de résiliation")
        #expect(notice.note == "le texte ne limite pas la résiliation à une date : elle prend effet 3 mois après envoi d'un courrier par lettre recommandée avec accusé de réception ; pas de date fixe")
        // The dated key dates first, in date order, then the unknown one, then the delay
        // (the immediate termination for a breach has no length: no key date).
        #expect(checklist.keyDates.map(\.kind) == [.end, .effective, .notice])
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
        // « peut résilier … moyennant un préavis de trois mois », no date named: a delay.
        #expect(dates(checklist, .terminationNotice) == [])
        #expect(checklist.keyDates.last?.label == "Préavis de résiliation")
    }

    @Test("--effective replaces a date the text gives, and says so")
    func effectiveOverride() throws {
        let checklist = try CorpusGraphs.checklist(try CorpusGraphs.graph("101-"), from: "2025-01-01", effective: "2025-02-01")
        #expect(dates(checklist, .effective) == ["2025-02-01"])
        #expect(checklist.keyDates[0].note?.contains("le texte indique le 1er janvier 2025") == true)
        #expect(dates(checklist, .end) == ["2027-12-31"])    // the end the text states stays
    }

    /// A convention for 2025–2027 whose termination clause is `clause`.
    private func convention(_ clause: String) -> String {
        """
        CONVENTION DE PARTENARIAT
        Entre :
        La Commune de Belle-Rive, représentée par son Maire, Madame Sophie MOREAU,
        ci-après dénommée « la Commune »,
        d'une part,
        Et :
        L'association Sport pour Tous, représentée par son Président, Monsieur Marc LEROY,
        ci-après dénommée « l'Association »,
        d'autre part,

        Article 1 – Engagements
        L'Association s'engage à animer un atelier hebdomadaire.

        Article 2 – Durée
        La présente convention est conclue pour une durée de trois ans à compter du 1er janvier 2025.

        Article 3 – Résiliation
        \(clause)
        """
    }

    @Test("a right to end the convention at each year's end: one notice deadline per year of the term", arguments: [true, false])
    func eachYear(withText: Bool) throws {
        let text = convention("La présente convention peut être résiliée par chacune des parties à l'expiration de chaque année d'exécution, moyennant un préavis de deux mois.")
        let (graph, normalised) = CorpusGraphs.parsed(text: text)
        let checklist = try Checklist(graph: graph, text: withText ? normalised : nil,
                                      options: ChecklistOptions(from: CalendarDate(iso: "2025-01-01")!))
        // In force 1 January 2025 – 31 December 2027: the years of execution end on 31 December
        // 2025, 2026 and 2027; two months before, 31 October of each year.
        // Without the text, the faculté that holds the notice says when.
        #expect(dates(checklist, .terminationNotice) == ["2025-10-31", "2026-10-31", "2027-10-31"])
        if withText {
            #expect(checklist.keyDates.first { $0.kind == .terminationNotice }?.label
                    == "Dernier jour pour envoyer un préavis de résiliation (échéance annuelle du 31 décembre 2025)")
        }
        // Sorted by date: effective, the three notices, then the end.
        #expect(checklist.keyDates.compactMap { $0.date?.earliest.iso } == checklist.keyDates.compactMap { $0.date?.earliest.iso }.sorted())
    }

    @Test("each anniversary, the end only, or at any time")
    func moments() throws {
        func notices(_ clause: String) throws -> [String] {
            let (graph, text) = CorpusGraphs.parsed(text: convention(clause))
            let checklist = try Checklist(graph: graph, text: text, options: ChecklistOptions(from: CalendarDate(iso: "2025-01-01")!))
            return checklist.keyDates.filter { $0.kind == .terminationNotice || $0.key.hasPrefix("termination") }
                .map { $0.date.map { $0.candidates.map(\.iso).joined(separator: "|") } ?? "délai" }
        }
        // Anniversaries 1 January 2026, 2027, 2028; three months before: 1 October of the year before.
        #expect(try notices("Chaque partie peut résilier la présente convention à chaque date anniversaire, moyennant un préavis de trois mois.")
                == ["2025-10-01", "2026-10-01", "2027-10-01"])
        // Its end only: 31 December 2027 − 3 months = 31 September, which does not exist.
        #expect(try notices("Chaque partie peut mettre fin à la présente convention à son échéance, moyennant un préavis de trois mois.")
                == ["2027-09-30|2027-10-01"])
        #expect(try notices("Chaque partie peut résilier la présente convention à tout moment, moyennant un préavis de trois mois.")
                == ["délai"])
        // Jours ouvrés before each year's end: 31 December 2025 − 10 jours ouvrés: Tue 30 (1), Mon 29 (2),
        // Fri 26 (3), Wed 24 (4), Tue 23 (5), Mon 22 (6), Fri 19 (7), Thu 18 (8), Wed 17 (9), Tue 16 (10).
        #expect(try notices("Chaque partie peut résilier la présente convention à l'expiration de chaque année d'exécution, moyennant un préavis de dix jours ouvrés.").first
                == "2025-12-16")
    }
}
