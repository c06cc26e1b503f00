import ConventionModel
import Foundation
import FrenchExpressions
import Lexicons
import Testing

/// Rules of the readers beyond single phrases.
@Suite("Behaviour")
struct BehaviourTests {
    let expressions = Expressions.shared

    @Test("an operational delay is a deadline, not a notice")
    func operationalDelay() {
        let found = expressions.analyze("Pôle emploi s'engage à transmettre la fiche dans les 48 heures suivant la réunion.")
        #expect(found.notices.isEmpty)
        #expect(found.deadlines.map(\.value.days) == [2])
        #expect(found.deadlines.first?.value.period == "PT48H")
        #expect(found.deadlines.first?.value.anchor == "réunion")
    }

    @Test("a préavis is a notice even without a purpose word")
    func préavisAlone() {
        let notices = expressions.notices(in: "Un préavis de huit jours francs est respecté avant toute suspension du versement.")
        #expect(notices.count == 1)
        #expect(notices.first?.value.purpose == .other)
        #expect(notices.first?.value.qualifier == "francs")
        #expect(notices.first?.value.period == "P8D")
    }

    @Test("a deadline keeps how its days are counted: ouvrés, ouvrables, a délai franc")
    func dayQualifiers() throws {
        let worked = try #require(expressions.analyze("L'association s'engage à répondre dans un délai de dix jours ouvrés.").deadlines.first)
        #expect(worked.value.period == "P10D")
        #expect(worked.value.qualifier == "ouvrés")
        let before = try #require(expressions.analyze("Le dossier est déposé au plus tard cinq jours ouvrables avant la séance.").deadlines.first)
        #expect(before.value.qualifier == "ouvrables")
        #expect(before.value.anchor == "séance")
        // The qualifier before the length: the deadline is read, with its lead words.
        let clear = try #require(expressions.analyze("La Ville s'engage à verser l'avance dans un délai franc de huit jours suivant la réception du dossier.").deadlines.first)
        #expect(clear.text == "dans un délai franc de huit jours suivant la réception du dossier")
        #expect(clear.value.period == "P8D")
        #expect(clear.value.qualifier == "francs")
        #expect(clear.value.anchor == "réception du dossier")
        let notice = try #require(expressions.notices(in: "La convention peut être résiliée par chaque partie moyennant un préavis franc de quinze jours.").first)
        #expect(notice.value.qualifier == "francs")
        #expect(notice.value.period == "P15D")
        // Nothing said, nothing kept.
        #expect(expressions.analyze("La Ville s'engage à payer dans un délai de deux mois.").deadlines.first?.value.qualifier == nil)
    }

    @Test("the end date of a range is not taken as the start")
    func startNotEnd() {
        let found = expressions.analyze("La présente convention s'applique à compter du 1er janvier 2018 jusqu'au 31 décembre 2020.")
        #expect(found.effectives.map(\.value.date) == ["2018-01-01"])
        #expect(found.ends.map(\.value.date) == ["2020-12-31"])
        #expect(found.durations.map(\.value.months) == [36])
    }

    @Test("a deliberation number is not a date, a dotted article number is not a number")
    func notDates() {
        let found = expressions.analyze("Vu la délibération n° 2019-12 du 19 décembre 2019 et l'article 2.1.3 du règlement.")
        #expect(found.dates.map(\.value) == ["2019-12-19"])
        #expect(!found.numbers.contains { $0.text.contains(".") })
    }

    @Test("an invalid day is not a date")
    func invalidDate() {
        #expect(expressions.dates(in: "le 29 février 2023 et le 31/04/2024").isEmpty)
        #expect(expressions.dates(in: "le 29 février 2024").map(\.value) == ["2024-02-29"])
    }

    @Test("unknown values stay null")
    func unknownValues() {
        #expect(expressions.durations(in: "pour une durée indéterminée").isEmpty)
        let renewal = expressions.renewals(in: "Elle est renouvelable une fois, par tacite reconduction, pour une durée identique.")
        #expect(renewal.first?.value.kind == .tacit)
        #expect(renewal.first?.value.periodMonths == nil)
        #expect(renewal.first?.value.maxMonths == nil)
        #expect(expressions.dates(in: "avant le 31 mars de chaque année").isEmpty)
    }

    @Test("a word added to a list is recognised without touching Swift")
    func listExtension() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("fe-lexicons-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let bundled = try LexiconSet.bundled().directories.last!
        let list = try String(contentsOf: bundled.appendingPathComponent("frequency-words.txt"), encoding: .utf8)
        try (list + "\ndécennal = 1/10\n").write(to: dir.appendingPathComponent("frequency-words.txt"), atomically: true, encoding: .utf8)
        let units = try String(contentsOf: bundled.appendingPathComponent("time-units.txt"), encoding: .utf8)
        try (units + "\nquinzaine = 15 D\ndécade = 10 D\n").write(to: dir.appendingPathComponent("time-units.txt"), atomically: true, encoding: .utf8)

        let extended = try FrenchExpressions(lexicons: LexiconSet(overrides: dir))
        #expect(extended.frequencies(in: "un bilan décennal").map(\.value.perYear) == [0.1])
        #expect(extended.deadlines(in: "dans un délai d'une décade").map(\.value.days) == [10])
        #expect(expressions.frequencies(in: "un bilan décennal").isEmpty)
    }

    @Test("a list entry that cannot be read names its list and line")
    func badEntry() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("fe-lexicons-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        try "jour = un\n".write(to: dir.appendingPathComponent("time-units.txt"), atomically: true, encoding: .utf8)
        let error = #expect(throws: ExpressionListError.self) {
            _ = try FrenchExpressions(lexicons: LexiconSet(overrides: dir))
        }
        #expect(error?.list == "time-units")
        #expect(error?.entry == "jour = un")
        #expect(error?.description.contains("Lexicons/lists/time-units.txt") == true)
    }

    @Test("renewal kinds: a negated tacit renewal with an avenant is express, alone it is none")
    func renewalKinds() {
        #expect(expressions.renewals(in: "Elle ne peut être reconduite tacitement ; son renouvellement fait l'objet d'un avenant.").first?.value.kind == .express)
        #expect(expressions.renewals(in: "La présente convention ne peut être reconduite tacitement.").first?.value.kind == Renewal.Kind.none)
        #expect(expressions.renewals(in: "Le non-renouvellement est notifié au moins deux mois avant le 31 décembre.").isEmpty)
    }

    @Test("analyze gives what each convenience gives")
    func conveniences() {
        let text = "La convention est conclue pour trois ans à compter du 1er janvier 2018 ; elle prendra fin le 31 décembre 2020. Un bilan est transmis chaque année avant le 31 mars. La subvention de 45 000 € représente 50 % du coût."
        let found = expressions.analyze(text)
        #expect(found.numbers == expressions.numbers(in: text))
        #expect(found.dates == expressions.dates(in: text))
        #expect(found.durations == expressions.durations(in: text))
        #expect(found.frequencies == expressions.frequencies(in: text))
        #expect(found.deadlines == expressions.deadlines(in: text))
        #expect(found.amounts == expressions.amounts(in: text))
        #expect(found.percentages == expressions.percentages(in: text))
        #expect(found.effectives == expressions.effectives(in: text))
        #expect(found.ends == expressions.ends(in: text))
        #expect(found.amounts.map(\.value.value) == [45000])
        #expect(found.ends.map(\.value.date) == ["2020-12-31"])
    }
}
