import Checklist
import ConventionModel
import FrenchExpressions
import Lexicons
import Testing

/// Due dates computed from the phrasing of the corpus, read by FrenchExpressions as the parser
/// reads it, on a convention in force from 1 January 2025 to 31 December 2027.
@Suite("Due dates")
struct DueDateTests {
    static let expressions: FrenchExpressions = {
        do { return try FrenchExpressions(lexicons: LexiconSet.bundled()) } catch { fatalError("lexicons: \(error)") }
    }()

    /// A one-obligation convention whose timing is `phrase`, read by FrenchExpressions.
    private func graph(_ phrase: String, term: Term = Term(effective: EffectiveDate(text: "du 1er janvier 2025", date: "2025-01-01"),
                                                            end: EndDate(text: "au 31 décembre 2027", date: "2027-12-31")),
                       modality: Obligation.Modality = .obligation) -> ConventionGraph {
        let sentence = "La Mission locale s'engage à transmettre un bilan \(phrase)."
        let found = Self.expressions.analyze(sentence)
        let obligation = Obligation(id: "O1", debtors: ["P1"], modality: modality, text: "transmettre un bilan \(phrase)",
                                    trigger: "s'engage à", article: nil,
                                    frequency: found.frequencies.first?.value, deadline: found.deadlines.first?.value)
        return ConventionGraph(document: DocumentInfo(source: "exemple.txt", sha256: nil, format: "text", pages: 1, kind: .convention, title: "Exemple"),
                               parties: [Party(id: "P1", name: "Mission locale", aliases: ["la Mission locale"])],
                               obligations: [obligation], term: term)
    }

    private func item(_ phrase: String, from: String = "2025-01-01", effective: String? = nil,
                      term: Term? = nil) throws -> ChecklistItem {
        let convention = term.map { graph(phrase, term: $0) } ?? graph(phrase)
        #expect(convention.obligations[0].frequency != nil || convention.obligations[0].deadline != nil, "« \(phrase) » was not read")
        return try #require(try CorpusGraphs.checklist(convention, from: from, effective: effective).items.first)
    }

    private func isos(_ item: ChecklistItem) -> [String] {
        item.dueDates.map { $0.date.candidates.map(\.iso).joined(separator: "|") }
    }

    @Test("« deux fois par an »: the last day of each half-year from the effective date")
    func twiceAYear() throws {
        let item = try item("deux fois par an")
        #expect(isos(item) == ["2025-06-30", "2025-12-31", "2026-06-30", "2026-12-31", "2027-06-30", "2027-12-31"])
        #expect(item.recurrence?.rrule == "FREQ=MONTHLY;INTERVAL=6;BYMONTHDAY=-1;COUNT=6")
        #expect(item.notes.contains { $0.contains("6 mois") })
    }

    @Test("« dans le courant du premier trimestre de l'année suivante »: 31 March after each year, the window from 1 January")
    func firstQuarterNextYear() throws {
        let item = try item("dans le courant du premier trimestre de l'année suivante")
        #expect(isos(item) == ["2026-03-31", "2027-03-31", "2028-03-31"])
        #expect(item.dueDates.map { $0.windowStart?.iso } == ["2026-01-01", "2027-01-01", "2028-01-01"])
        #expect(item.dueDates.first?.label == "1er trimestre 2026, au titre de 2025")
        #expect(item.recurrence?.rrule == "FREQ=YEARLY;COUNT=3")
    }

    @Test("« avant le 31 mars de chaque année »: 31 March of each year of the convention")
    func beforeMarch31() throws {
        let item = try item("avant le 31 mars de chaque année")
        #expect(isos(item) == ["2025-03-31", "2026-03-31", "2027-03-31"])
        // From 1 April 2025, the first is past.
        #expect(isos(try self.item("avant le 31 mars de chaque année", from: "2025-04-01")) == ["2026-03-31", "2027-03-31"])
    }

    @Test("« au plus tard le 30 juin de l'année suivante » (corpus 100)")
    func juneNextYear() throws {
        #expect(isos(try item("au plus tard le 30 juin de l'année suivante")) == ["2026-06-30", "2027-06-30", "2028-06-30"])
    }

    @Test("« dans les trois mois qui suivent la signature »: an event; dated with --effective, ambiguous from a 31st")
    func afterSignature() throws {
        let bySignature = Term(effective: EffectiveDate(text: "à la date de sa signature", event: "signature"),
                               end: EndDate(text: "au 31 décembre 2027", date: "2027-12-31"))
        let phrase = "dans les trois mois qui suivent la signature de la présente convention"
        let unknown = try item(phrase, term: bySignature)
        #expect(unknown.dueDates.isEmpty)
        #expect(unknown.notes.contains { $0.contains("signature") && $0.contains("--effective") })

        let known = try item(phrase, effective: "2025-01-15", term: bySignature)
        #expect(isos(known) == ["2025-04-15"])

        let fromThe31st = try item(phrase, effective: "2025-01-31", term: bySignature)
        #expect(isos(fromThe31st) == ["2025-04-30|2025-05-01"])
        #expect(fromThe31st.dueDates[0].date.reason == "31 janvier 2025 + 3 mois : le 31 avril 2025 n'existe pas")
        #expect(fromThe31st.recurrence == nil)
    }

    @Test("« dans le mois qui suit la fin de chaque semestre » (corpus 101): each calendar half-year end + 1 month")
    func afterEachHalfYear() throws {
        let item = try item("dans le mois qui suit la fin de chaque semestre")
        #expect(isos(item) == ["2025-07-30", "2026-01-31", "2026-07-30", "2027-01-31", "2027-07-30", "2028-01-31"])
        #expect(item.dueDates.first?.label == "semestre clos le 30 juin 2025")
    }

    @Test("« au moins une fois par trimestre », « mensuel », « chaque année »")
    func frequencies() throws {
        #expect(isos(try item("au moins une fois par trimestre")).count == 12)
        #expect(isos(try item("au moins une fois par trimestre")).prefix(4) == ["2025-03-31", "2025-06-30", "2025-09-30", "2025-12-31"])
        #expect(isos(try item("chaque année")) == ["2025-12-31", "2026-12-31", "2027-12-31"])
        let monthly = try item("tous les mois", from: "2027-10-01")
        #expect(isos(monthly) == ["2027-10-31", "2027-11-30", "2027-12-31"])
    }

    @Test("monthly from a 31st: the months without a 31st are flagged, never guessed")
    func monthlyFromThe31st() throws {
        let term = Term(effective: EffectiveDate(text: "à compter du 31 janvier 2025", date: "2025-01-31"),
                        end: EndDate(text: "au 30 janvier 2026", date: "2026-01-30"))
        let item = try item("tous les mois", term: term)
        #expect(isos(item).prefix(4) == ["2025-02-27|2025-02-28", "2025-03-30", "2025-04-29|2025-04-30", "2025-05-30"])
        #expect(item.dueDates.filter(\.date.isAmbiguous).count == 5)   // February, April, June, September, November
        #expect(item.recurrence == nil)
        #expect(item.notes.contains { $0.contains("ambiguë") })
    }

    @Test("a fixed date, a delay from an event, a delay in working days")
    func fixedAndEvents() throws {
        #expect(isos(try item("au plus tard le 30 juin 2025")) == ["2025-06-30"])
        #expect(try item("au plus tard le 30 juin 2025", from: "2025-07-01").notes.contains { $0.contains("antérieures") })
        let event = try item("dans les 48 heures suivant la réception de l'offre")
        #expect(event.dueDates.isEmpty)
        #expect(event.notes.contains { $0.contains("réception de l'offre") && $0.contains("pas de date fixe") })
        let working = try item("dans un délai de quinze jours ouvrés")
        #expect(working.dueDates.isEmpty)
        #expect(working.notes.contains { $0.contains("quinze jours ouvrés") })
    }

    @Test("a date relative to the end of the convention")
    func beforeEnd() throws {
        let item = try item("au plus tard trois mois avant l'expiration de la convention")
        #expect(isos(item) == ["2027-09-30|2027-10-01"])
    }

    @Test("an unknown end date: a year of due dates from the first day, said in the notes")
    func unknownEnd() throws {
        let term = Term(effective: EffectiveDate(text: "à compter du 15 janvier 2025", date: "2025-01-15"))
        let graph = graph("deux fois par an", term: term)
        let checklist = try CorpusGraphs.checklist(graph, from: "2025-01-01")
        #expect(checklist.until?.iso == "2026-01-14")
        #expect(isos(checklist.items[0]) == ["2025-07-14", "2026-01-14"])
        #expect(checklist.items[0].recurrence?.rrule == "FREQ=MONTHLY;INTERVAL=6;COUNT=2")
        #expect(checklist.notes.contains { $0.contains("Fin de la convention inconnue") })
    }

    @Test("permissions and prohibitions have no due date")
    func notDue() throws {
        let permission = try #require(try CorpusGraphs.checklist(graph("deux fois par an", modality: .permission), from: "2025-01-01").items.first)
        #expect(permission.dueDates.isEmpty)
        #expect(permission.notes == ["faculté : pas d'échéance"])
    }

    @Test("the parsed example convention: every phrase dated from --effective")
    func example() throws {
        let graph = CorpusGraphs.graph(text: CorpusGraphs.example)
        let checklist = try CorpusGraphs.checklist(graph, from: "2025-01-01", effective: "2025-01-15")
        let byText = Dictionary(uniqueKeysWithValues: checklist.items.map { ($0.text, $0) })
        let dates = { (prefix: String) -> [String] in
            checklist.items.first { $0.text.hasPrefix(prefix) }.map(isos) ?? ["missing: \(prefix)"]
        }
        #expect(byText.count == graph.obligations.count)
        #expect(dates("transmettre deux fois par an") == ["2025-07-14", "2026-01-14", "2026-07-14", "2027-01-14"])
        #expect(dates("remettre le rapport financier") == ["2026-03-31", "2027-03-31", "2028-03-31"])
        #expect(dates("produire, avant le 31 mars") == ["2025-03-31", "2026-03-31"])
        #expect(dates("définir les modalités de suivi") == ["2025-04-15"])
        #expect(dates("verser la subvention") == ["2025-06-30"])
        #expect(dates("se réunir tous les mois").first == "2025-02-14")
    }
}
