import ConventionDiff
import ConventionModel
import Foundation
import Testing

/// What a lawyer needs to sign off a renewal: people and offices changed once each, changes of
/// meaning first, where each change is, the whole text redlined, unrelated documents flagged.
@Suite struct RenewalReviewTests {
    static let objet = "La présente convention organise l'accueil des stagiaires de la formation continue entre la Région et Pôle emploi."
    static let bilan = "La Région s'engage à remettre un bilan de l'accueil deux fois par an."

    private func compare(_ old: DraftConvention, _ new: DraftConvention) -> ConventionDiffReport {
        let (a, oldText) = old.build(), (b, newText) = new.build()
        return ConventionDiff.compare(old: a, oldText: oldText, new: b, newText: newText)
    }

    private func lines(_ report: ConventionDiffReport) -> [String] {
        report.changes.map { "\($0.kind.rawValue) \($0.field.rawValue) \($0.parties) \($0.before ?? "nil") → \($0.after ?? "nil")" }
    }

    // MARK: - Parties

    @Test func anOfficeRenamedIsOneChangeAndItsMentionsInTheArticlesAreNoneMore() {
        var old = DraftConvention()
        old.parties[0].representatives = [Representative(name: "Claire Martin", role: "directrice de l'emploi et de la formation continue")]
        old.article("1", "Objet", Self.objet + " Le bilan est visé par la directrice de l'emploi et de la formation continue.")
        var new = DraftConvention()
        new.parties[0].representatives = [Representative(name: "Claire Martin", role: "directrice de l'emploi")]
        new.article("1", "Objet", Self.objet + " Le bilan est visé par la directrice de l'emploi.")
        let report = compare(old, new)
        #expect(lines(report) == ["modified party [\"P1\"] directrice de l'emploi et de la formation continue → directrice de l'emploi"])
        #expect(report.changes.first?.details.first?.aspect == "administration")
        #expect(report.textDescription().contains("administration renommée"))
    }

    @Test func aPersonReplacedAndASignatoryAddedAreReportedEachAsWhatItIs() {
        var old = DraftConvention()
        old.parties[1].representatives = [Representative(name: "Luc Bernard", role: "directeur territorial"),
                                          Representative(name: "Anne Petit", role: "directrice adjointe")]
        old.article("1", "Objet", Self.objet)
        var new = DraftConvention()
        new.parties[1].representatives = [Representative(name: "Nora Haddad", role: "directrice territoriale"),
                                          Representative(name: "Anne Petit", role: "directrice adjointe"),
                                          Representative(name: "Paul Lemoine", role: "agent comptable")]
        new.article("1", "Objet", Self.objet)
        let report = compare(old, new)
        #expect(lines(report) == [
            "modified party [\"P2\"] Luc Bernard (directeur territorial) → Nora Haddad (directrice territoriale)",
            "modified party [\"P2\"] nil → Paul Lemoine (agent comptable)",
        ])
        #expect(report.changes.map { $0.details.first?.aspect } == ["representative", "representativeAdded"])
    }

    // MARK: - Unrelated documents

    @Test func twoConventionsWithNothingInCommonGiveAWarningAndNoChange() {
        let old = {
            var draft = DraftConvention()
            draft.article("1", "Objet", Self.objet)
            draft.article("2", "Bilan", Self.bilan)
            return draft
        }()
        var new = DraftConvention()
        new.parties = [Party(id: "P1", name: "Commune de Saint-Lô", aliases: ["la Commune"]),
                       Party(id: "P2", name: "Association des jardins partagés", aliases: ["l'association"])]
        new.article("1", "Mise à disposition", "La Commune prête un terrain communal à l'association pour y cultiver des légumes avec les habitants du quartier.")
        let (a, oldText) = old.build()
        var (b, newText) = new.build()
        b.document.title = "Convention de mise à disposition d'un jardin"
        let report = ConventionDiff.compare(old: a, oldText: oldText, new: b, newText: newText)
        #expect(report.changes.isEmpty && report.hasDifferences)
        let reason = try? #require(report.unrelated?.reason)
        #expect(reason?.contains("aucune partie en commun") == true)
        #expect(!report.parties.contains { $0.status == .renamed })
        let first = report.textDescription().split(separator: "\n").first.map(String.init) ?? ""
        #expect(first.hasPrefix("Attention : « draft.txt » et « draft.txt » semblent sans rapport"))
    }

    @Test func aRenewalIsNotUnrelated() {
        var old = DraftConvention()
        old.article("1", "Objet", Self.objet)
        var new = old
        new.parties[1] = Party(id: "P2", name: "France Travail", aliases: ["France Travail"])
        #expect(compare(old, new).unrelated == nil)
    }

    // MARK: - Changes of meaning

    @Test func aModalityOrFrequencyChangedIsAChangeOfMeaningListedFirst() throws {
        var old = DraftConvention()
        let a = old.article("1", "Bilan", Self.bilan + " La Région s'engage à publier le bilan.")
        old.commit(["P1"], "remettre un bilan de l'accueil deux fois par an", in: a, frequency: Frequency(text: "deux fois par an", perYear: 2))
        old.commit(["P1"], "publier le bilan", in: a)
        var new = DraftConvention()
        let b = new.article("1", "Bilan", "La Région s'engage à remettre un bilan de l'accueil une fois par an. La Région peut publier le bilan.")
        new.commit(["P1"], "remettre un bilan de l'accueil une fois par an", in: b, frequency: Frequency(text: "une fois par an", perYear: 1))
        new.commit(["P1"], "publier le bilan", in: b, modality: .permission)
        let report = compare(old, new)
        #expect(report.changes.map(\.meaning) == [[.frequency], [.modality]])
        let text = report.textDescription()
        let summary = try #require(text.range(of: "Ce qui change pour chaque partie")), obligations = try #require(text.range(of: "\nObligations"))
        #expect(summary.lowerBound < obligations.lowerBound)
        #expect(text.contains("[modalité] obligation modifiée"))
        #expect(text.contains("modalité : obligation → faculté"))
        #expect(report.htmlDescription().contains("<h2>Ce qui change pour chaque partie</h2>"))
    }

    @Test func aRateIsComparedLikeAnAmount() throws {
        func draft(_ rate: String, _ value: Double) -> (ConventionGraph, String) {
            var draft = DraftConvention()
            draft.article("1", "Tarifs", "Le tarif est majoré d'une hausse de \(rate) en compensation de la taxe.")
            var (graph, text) = draft.build()
            let offset = Array(text.unicodeScalars).firstRange(of: Array(rate.unicodeScalars))!.lowerBound
            graph.percentages = [Percentage(text: rate, value: value, article: "A1", span: Span(start: offset, end: offset + rate.unicodeScalars.count, page: 1))]
            return (graph, text)
        }
        let (a, oldText) = draft("0,33 %", 0.33), (b, newText) = draft("0,36 %", 0.36)
        let report = ConventionDiff.compare(old: a, oldText: oldText, new: b, newText: newText)
        #expect(lines(report) == ["modified rate [] 0,33 % → 0,36 %"])
        #expect(report.changes.first?.meaning == [.rate])
    }

    @Test func aTermValueRewrittenInWordsIsAModification() {
        var old = DraftConvention()
        old.article("1", "Durée", "La présente convention est valable jusqu'au 30 juin 2027.")
        var new = DraftConvention()
        new.article("1", "Durée", "La présente convention est valable jusqu'à la fin du programme régional de formation.")
        var (a, oldText) = old.build()
        let (b, newText) = new.build()
        a.term.end = EndDate(text: "jusqu'au 30 juin 2027", date: "2027-06-30")
        let report = ConventionDiff.compare(old: a, oldText: oldText, new: b, newText: newText)
        #expect(lines(report) == ["modified term.end [] 30 juin 2027 → jusqu'à la fin du programme régional de formation"])
    }

    // MARK: - Where each change is

    @Test func everyChangeCarriesItsOffsetsAndPagesInBothVersions() throws {
        var old = DraftConvention()
        old.article("1", "Objet", Self.objet)
        old.article("2", "Bilan", Self.bilan)
        var new = old
        new.units[1].body = "La Région s'engage à remettre un bilan de l'accueil chaque trimestre."
        let (a, oldText) = old.build(), (b, newText) = new.build()
        let secondPage = try #require(newText.unicodeScalars.firstRange(of: "Article 2".unicodeScalars)).lowerBound
        let offset = newText.unicodeScalars.distance(from: newText.unicodeScalars.startIndex, to: secondPage)
        let report = ConventionDiff.compare(old: a, oldText: oldText, oldPageStarts: [0], new: b, newText: newText, newPageStarts: [0, offset])
        let change = try #require(report.changes.first)
        let oldLocation = try #require(change.oldLocation), newLocation = try #require(change.newLocation)
        #expect(oldLocation.page == 1 && newLocation.page == 2)
        #expect(Array(newText.unicodeScalars)[newLocation.start..<newLocation.end].map(String.init).joined().contains("chaque trimestre"))
        #expect(report.textDescription().contains("p. 1 → p. 2"))
        #expect(report.textDescription().contains("Légende : + ajouté"))
    }

    @Test func theRedlineHoldsTheWholeTextWithTheEditsInPlace() throws {
        var old = DraftConvention()
        old.article("1", "Objet", Self.objet)
        old.article("2", "Bilan", Self.bilan)
        var new = old
        new.units[1].body = "La Région s'engage à remettre un bilan de l'accueil chaque trimestre."
        let report = compare(old, new)
        let redline = try #require(report.redline)
        let changed = redline.paragraphs.filter(\.hasChanges)
        #expect(changed.count == 1)
        #expect(changed.first?.segments.contains(DiffSegment(.delete, "deux fois par an ")) == true)
        #expect(changed.first?.segments.contains { $0.op == .insert && $0.text.hasPrefix("chaque trimestre") } == true)
        #expect(redline.paragraphs.contains { $0.article == "article 1" && $0.opensUnit })
        let html = report.htmlDescription()
        #expect(html.contains("<section class=\"redline\" id=\"texte-annote\">"))
        #expect(html.contains("<del>deux fois par an</del>"))
        #expect(html.contains(".redline { break-before: page; }"))
    }
}
